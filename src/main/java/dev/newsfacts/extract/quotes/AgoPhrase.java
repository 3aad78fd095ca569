package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "The ministry less than two weeks ago said", "Lee, the treasurer, a month ago described": a
 * phrase of units and "ago" between a subject and its verb says when, so the subject is before it.
 */
final class AgoPhrase {
  private static final Set<String> UNITS = WordList.set("/dev/newsfacts/lexicon/en/duration-units.txt");
  private static final Set<String> QUANTITIES = WordList.set("/dev/newsfacts/lexicon/en/ago-quantities.txt");

  private AgoPhrase() {}

  /** The first token of an "ago" phrase ending at token {@code j}, not before {@code limit}; -1 when there is none. */
  static int startEndingAt(List<Token> toks, int j, int limit) {
    if (j - 1 < limit || !toks.get(j).is("ago") || !UNITS.contains(lower(toks.get(j - 1)))) return -1;
    int k = j - 1;
    while (k - 1 >= limit && isQuantity(toks.get(k - 1))) k--;
    return k;
  }

  private static boolean isQuantity(Token t) {
    return "NUM".equals(t.pos()) || QUANTITIES.contains(lower(t));
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }
}
