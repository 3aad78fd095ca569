package dev.newsfacts.extract.quotes;

/**
 * The words that name the source of a quote, and for a relative pronoun ("Garland, who said")
 * the noun phrase it stands for ({@code null} otherwise), which gives the name.
 */
record Source(TokenSpan words, TokenSpan antecedent) {
  static Source of(TokenSpan words) {
    return words == null ? null : new Source(words, null);
  }

  /** The words to name the speaker by: the antecedent of a relative pronoun, else the source words. */
  TokenSpan naming() {
    return antecedent != null ? antecedent : words;
  }
}
