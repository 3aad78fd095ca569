package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "300 kwacha (about 11 U.S. dollars)", "500 Hong Kong dollars": a place between an amount and a currency word names
 * the currency, not the place; where the article names the place nowhere else, it is no mention of the place.
 */
final class CurrencyUnitPlaces {
  private static final Set<String> CURRENCIES = WordList.set("/dev/newsfacts/lexicon/en/currency-words.txt");

  private CurrencyUnitPlaces() {}

  /** The mentions less the places that only ever name a currency after an amount. */
  static List<Mention> withoutCurrencyOnlyPlaces(AnnotatedText at, List<Mention> found) {
    List<Mention> units = new ArrayList<>();
    for (Mention m : found) if (m.type() == EntityType.LOCATION && unitOfAmount(at, m)) units.add(m);
    if (units.isEmpty()) return found;
    List<Mention> out = new ArrayList<>();
    for (Mention m : found) {
      if (units.contains(m) && onlyUnits(found, units, m.key())) continue;
      out.add(m);
    }
    return out;
  }

  private static boolean onlyUnits(List<Mention> found, List<Mention> units, String key) {
    for (Mention m : found) if (m.key().equals(key) && !units.contains(m)) return false;
    return true;
  }

  private static boolean unitOfAmount(AnnotatedText at, Mention m) {
    List<Token> toks = at.tokens();
    int a = at.tokenAtOrAfter(m.start());
    int b = at.tokenAtOrAfter(m.end());
    // "U.S" + "." the tokenizer may split off the last dot
    if (b < toks.size() && toks.get(b).is(".") && toks.get(b).start() == m.end()) b++;
    if (a == 0 || b >= toks.size() || a >= toks.size()) return false;
    Token before = toks.get(a - 1);
    Token after = toks.get(b);
    return before.sentence() == toks.get(a).sentence() && after.sentence() == toks.get(a).sentence()
        && !before.text().isEmpty() && Character.isDigit(before.text().charAt(before.text().length() - 1))
        && !after.isCapitalised() && CURRENCIES.contains(after.text());
  }
}
