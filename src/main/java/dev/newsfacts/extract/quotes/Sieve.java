package dev.newsfacts.extract.quotes;

/**
 * One attribution rule. Sieves run in the order {@link SieveOrder} declares, from the most precise
 * to the least; each decides (or drops) only quotes that no earlier sieve decided, and names itself
 * on what it decides ({@code speaker.rule} in the result).
 */
interface Sieve {
  String name();

  void apply(QuoteContext ctx);
}
