package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person as subject who asks for, orders or proposes the figure: "The defendant's lawyer, Ana Ruiz, asked for a
 * sentence of two years", "Health Minister Priya Menon on Monday directed hospitals to add 400 beds". The figure is the
 * person's, though no reporting verb says so.
 */
final class PersonAsksFigure {
  private static final Set<String> VERBS = WordList.set("/dev/newsfacts/lexicon/en/proposing-verbs.txt");
  /** Adverbs and time words between the subject and its verb ("on Monday", "also", "yesterday"). */
  private static final Set<String> BETWEEN = WordList.set("/dev/newsfacts/lexicon/en/between-subject-and-verb.txt");
  /** A comma closing an apposition, then words and the spaces between them. */
  private static final Pattern WORD = Pattern.compile("\\G,?[ \\u00A0]+(\\p{L}+)");
  private static final int MAX_BETWEEN = 2;

  private PersonAsksFigure() {}

  /** Whether a verb of asking or ordering follows the subject ending at {@code nameEnd}, before {@code to}. */
  static boolean verbFollows(String text, int nameEnd, int to) {
    Matcher w = WORD.matcher(text).region(nameEnd, to);
    for (int n = 0; n <= MAX_BETWEEN && w.find(); n++) {
      String word = w.group(1).toLowerCase(Locale.ROOT);
      if (VERBS.contains(word)) return true;
      if (!BETWEEN.contains(word) && !word.equals("on")) return false;
    }
    return false;
  }
}
