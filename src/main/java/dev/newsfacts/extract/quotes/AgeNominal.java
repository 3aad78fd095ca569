package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "the 43-year-old asked", "a 25-year-old said": an age standing alone after an article names a
 * person, though its last word is tagged an adjective.
 */
final class AgeNominal {
  private static final Set<String> UNITS = WordList.set("/dev/newsfacts/lexicon/en/duration-units.txt");

  private AgeNominal() {}

  /** The age phrase, article included, ending at token {@code last} ("old"), not before {@code limit}; null otherwise. */
  static TokenSpan endingAt(List<Token> toks, int last, int limit) {
    if (last - 3 < limit || !toks.get(last).is("old") || !toks.get(last - 1).is("-")) return null;
    if (!UNITS.contains(toks.get(last - 2).text().toLowerCase(Locale.ROOT))) return null;
    int number = last - 3;
    // the tokenizer keeps the first hyphen on the number ("43-") or splits it off ("25", "-")
    if (toks.get(number).is("-")) number--;
    else if (!toks.get(number).text().endsWith("-")) return null;
    if (number < limit || !isNumber(toks.get(number))) return null;
    int start = number;
    if (start - 1 >= limit && isArticle(toks.get(start - 1))) start--;
    return new TokenSpan(start, last + 1);
  }

  private static boolean isNumber(Token t) {
    String w = t.text().endsWith("-") ? t.text().substring(0, t.text().length() - 1) : t.text();
    return !w.isEmpty() && (Character.isDigit(w.charAt(0)) || "NUM".equals(t.pos()));
  }

  private static boolean isArticle(Token t) {
    return t.is("the") || t.is("a") || t.is("an");
  }
}
