package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.Locale;
import java.util.Set;

/**
 * The title of a work in quotation marks ("his book "Crippled America"", "CNN's "State of the
 * Union""): words in title case right after a noun of works or a broadcaster's initials, which
 * name a work, not what anyone said.
 */
final class WorkTitle {
  private static final Set<String> WORK_NOUNS = WordList.set("/dev/newsfacts/lexicon/en/work-nouns.txt");
  private static final int MAX_TITLE_WORDS = 8;

  private WorkTitle() {}

  static boolean test(String text, int openMark, String inside) {
    String[] words = inside.trim().split("\\s+");
    if (words.length == 0 || words.length > MAX_TITLE_WORDS || !titleCase(words)) return false;
    String before = wordBefore(text, openMark);
    return WORK_NOUNS.contains(before.toLowerCase(Locale.ROOT)) || isInitialsPossessive(before);
  }

  /** Every word of four letters or more starts with a capital, and so does the first. */
  private static boolean titleCase(String[] words) {
    for (int i = 0; i < words.length; i++) {
      String w = words[i].replaceAll("^[^\\p{L}\\p{N}]+", "");
      if (w.isEmpty()) continue;
      if ((i == 0 || w.length() >= 4) && !Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) return false;
    }
    return true;
  }

  /** "ABC's", "MSNBC’s": a broadcaster's initials in the possessive. */
  private static boolean isInitialsPossessive(String w) {
    if (!(w.endsWith("'s") || w.endsWith("\u2019s"))) return false;
    String stem = w.substring(0, w.length() - 2);
    return stem.length() >= 2 && stem.chars().allMatch(Character::isUpperCase);
  }

  /** The word right before the opening mark, with no line break between. */
  private static String wordBefore(String text, int openMark) {
    int end = openMark;
    while (end > 0 && text.charAt(end - 1) == ' ') end--;
    int start = end;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) start--;
    return text.substring(start, end).replaceAll("[,:]$", "");
  }
}
