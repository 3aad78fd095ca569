package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.text.CharClasses;
import dev.newsfacts.extract.text.WhiteSpace;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The title of a work in quotation marks ("his book "Crippled America"", "CNN's "State of the
 * Union""): words in title case right after a noun of works, a broadcaster's initials, a broadcaster
 * or day in the possessive ("Fox News Channel's "Hannity"") or a word of appearing ("told "Fox and
 * Friends"", "starred in "Parks and Recreation""), which name a work, not what anyone said.
 */
final class WorkTitle {
  private static final Pattern TRAILING_COMMA_OR_COLON = Pattern.compile("[,:]$");
  private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+");

  private static final Set<String> WORK_NOUNS = WordList.set("/dev/newsfacts/lexicon/en/work-nouns.txt");
  private static final Set<String> PROGRAMME_OPENERS = WordList.set("/dev/newsfacts/lexicon/en/programme-openers.txt");
  private static final Set<String> BROADCAST_POSSESSORS = WordList.set("/dev/newsfacts/lexicon/en/broadcast-possessors.txt");
  private static final int MAX_TITLE_WORDS = 8;

  private WorkTitle() {}

  static boolean test(String text, int openMark, String inside) {
    String[] words = WhiteSpace.words(inside.trim());
    if (words.length == 0 || words.length > MAX_TITLE_WORDS || !titleCase(words)) return false;
    String before = wordBefore(text, openMark);
    String lower = before.toLowerCase(Locale.ROOT);
    if (WORK_NOUNS.contains(lower) || isInitialsPossessive(before)) return true;
    // "appeared on "Meet the Press"": a title that closes no sentence of its own ("Get out!" stays)
    if (PROGRAMME_OPENERS.contains(lower)) return !endsSentence(inside);
    return isBroadcastPossessive(lower);
  }

  /** Every word of four letters or more starts with a capital, and so does the first. */
  static boolean titleCase(String[] words) {
    for (int i = 0; i < words.length; i++) {
      String w = LEADING_MARKS.matcher(words[i]).replaceAll("");
      if (w.isEmpty()) continue;
      if ((i == 0 || w.length() >= 4) && !Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) return false;
    }
    return true;
  }

  private static boolean endsSentence(String inside) {
    String t = inside.strip();
    return t.endsWith("!") || t.endsWith("?");
  }

  /** "Channel's", "News’s", "Wednesday's": a broadcaster or a day of broadcast in the possessive. */
  private static boolean isBroadcastPossessive(String lower) {
    if (!(lower.endsWith("'s") || lower.endsWith("\u2019s"))) return false;
    return BROADCAST_POSSESSORS.contains(lower.substring(0, lower.length() - 2));
  }

  /** "ABC's", "MSNBC’s": a broadcaster's initials in the possessive. */
  private static boolean isInitialsPossessive(String w) {
    if (!(w.endsWith("'s") || w.endsWith("\u2019s"))) return false;
    String stem = w.substring(0, w.length() - 2);
    return stem.length() >= 2 && CharClasses.allUpperCase(stem);
  }

  /** The word right before the opening mark, with no line break between. */
  private static String wordBefore(String text, int openMark) {
    int end = openMark;
    while (end > 0 && blank(text.charAt(end - 1)) && text.charAt(end - 1) != '\n') end--;
    int start = end;
    while (start > 0 && !blank(text.charAt(start - 1))) start--;
    return TRAILING_COMMA_OR_COLON.matcher(text.substring(start, end)).replaceAll("");
  }

  /** A space, a line break or a no-break space ("said on\u00a0"Meet the Press""). */
  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
