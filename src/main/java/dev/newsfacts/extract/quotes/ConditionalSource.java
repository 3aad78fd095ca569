package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Asked whether she would support a fare increase, Barclay said ...", "If the council backs the plan, rates will
 * rise": a verb of public stance whose subject opens a question or a condition takes no stance, only one that may
 * be taken. Verbs of speech and thought keep theirs ("asked whether he believed ..."), which PolNeAR counts.
 */
final class ConditionalSource {
  private static final Set<String> OPENERS = WordList.set("/dev/newsfacts/lexicon/en/condition-openers.txt");

  private ConditionalSource() {}

  /** Whether the word right before the source that starts at {@code sourceStart} opens a question or a condition. */
  static boolean test(List<Token> toks, int sourceStart) {
    return sourceStart > 0 && OPENERS.contains(toks.get(sourceStart - 1).text().toLowerCase(Locale.ROOT));
  }
}
