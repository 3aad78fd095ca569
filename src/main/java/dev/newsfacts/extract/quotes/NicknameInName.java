package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.text.WhiteSpace;

/**
 * A nickname set inside a name (Joaquin "El Chapo" Guzman): a capitalised word before and after
 * the marks, and inside them a few words that open with a capital (or "the") and close no sentence. A
 * predicate quoted after its subject ('said Kasich "has a record of results." He added') has the
 * same capitals around it, but opens lower case and ends with a stop, so it stays a quote.
 */
final class NicknameInName {
  private static final int MAX_WORDS = 4;

  private NicknameInName() {}

  static boolean test(String text, QuotedSpan s) {
    if (!s.closed()) return false;
    int i = s.openMark() - 1;
    int j = s.closeMark() + 1;
    if (i < 1 || j + 1 >= text.length() || text.charAt(i) != ' ' || text.charAt(j) != ' ') return false;
    if (!Character.isUpperCase(text.charAt(j + 1)) || !Character.isLetter(text.charAt(i - 1))
        || !Character.isUpperCase(firstOfWordBefore(text, i))) return false;
    return looksLikeName(text.substring(s.start(), s.end()));
  }

  private static boolean looksLikeName(String inside) {
    String t = inside.strip();
    // Dwayne "the Rock" Johnson
    if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0)) && !t.startsWith("the ")) return false;
    if (".!?,;:".indexOf(t.charAt(t.length() - 1)) >= 0) return false;
    return WhiteSpace.words(t).length <= MAX_WORDS;
  }

  private static char firstOfWordBefore(String text, int space) {
    int k = space - 1;
    while (k > 0 && Character.isLetter(text.charAt(k - 1))) k--;
    return text.charAt(k);
  }
}
