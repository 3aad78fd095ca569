package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.lexicon.Titles;
import java.util.regex.Pattern;

/**
 * "according to DSWD Assistant Secretary Marites Cabral", "according to NASA spokesperson Ana Ruiz": the words
 * between an organisation and a person are the person's title there, so the person is the one who says it.
 */
final class TitleBetweenBodyAndPerson {
  private static final Pattern SPACE = Pattern.compile("[ \\u00A0]");

  /** One to four words and single spaces, nothing else: no comma, no clause. */
  private static final Pattern WORDS = Pattern.compile("\\A[ \\u00A0](?:[\\p{L}.-]+[ \\u00A0]){1,4}\\z");

  private TitleBetweenBodyAndPerson() {}

  /** Whether {@code text[from, to)} is a title alone, between an organisation ending at {@code from} and a name. */
  static boolean at(String text, int from, int to) {
    if (to - from < 3 || to - from > 60) return false;
    String between = text.substring(from, to);
    if (!WORDS.matcher(between).matches()) return false;
    for (String w : SPACE.split(between.strip())) {
      if (Titles.isTitleWord(PrefixedRoles.noun(w)) && !Titles.isHonorific(w)) return true;
    }
    return false;
  }
}
