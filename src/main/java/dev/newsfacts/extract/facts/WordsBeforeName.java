package dev.newsfacts.extract.facts;

/**
 * Cheap tests of the words right before a name that the title patterns ending at the name need: a rule skips its
 * pattern, which {@code find} tries at every position of a window before each mention of a person, where a test
 * says it cannot match. Each test is weaker than its pattern (it passes wherever the pattern could match), so
 * results do not change. Characters outside the Basic Multilingual Plane are left to the pattern.
 */
final class WordsBeforeName {
  private WordsBeforeName() {}

  /**
   * Whether [{@code from}, {@code end}) can end on "Brightline Homes spokesman ": one to three lower-case words
   * ({@code [\p{Ll}-]+}), each after spaces, the first of them after a word ({@code [\p{L}.&-]+}) opening on a
   * capital.
   */
  static boolean capitalisedWordThenLowerWords(String text, int from, int end) {
    int k = end;
    for (int words = 0; words < 3; words++) {
      int s = skipSpacesBack(text, from, k);
      if (s == k || s == from) return false;
      int w = s;
      while (w > from && isLowerOrHyphen(text.charAt(w - 1))) w--;
      if (w > from && Character.isSurrogate(text.charAt(w - 1))) return true;
      if (w == s) return false;
      int u = skipSpacesBack(text, from, w);
      if (u == w || u == from) return false;
      int r = u;
      while (r > from && isNameChar(text.charAt(r - 1))) r--;
      if (r > from && Character.isSurrogate(text.charAt(r - 1))) return true;
      if (r < u && Character.getType(text.charAt(r)) == Character.UPPERCASE_LETTER) return true;
      k = w;
    }
    return false;
  }

  /**
   * Whether [{@code from}, {@code end}) can end on "member for highways and transport ": "for" between spaces, then
   * only lower-case words, possessives, commas and spaces up to {@code end}.
   */
  static boolean forThenLowerWords(String text, int from, int end) {
    int i = end;
    while (i > from) {
      char c = text.charAt(i - 1);
      if (Character.isSurrogate(c)) return true;
      if (!isSpace(c) && !isLowerOrHyphen(c) && c != ',' && c != '\'' && c != '’') break;
      i--;
    }
    for (int p = i + 1; p + 3 < end; p++) {
      if (text.startsWith("for", p) && isSpace(text.charAt(p - 1)) && isSpace(text.charAt(p + 3))) return true;
    }
    return false;
  }

  /** Whether [{@code from}, {@code end}) ends in "member" or "Member" and spaces. */
  static boolean memberThenSpaces(String text, int from, int end) {
    int s = skipSpacesBack(text, from, end);
    return s < end && s - 6 >= from && text.startsWith("ember", s - 5)
        && (text.charAt(s - 6) == 'M' || text.charAt(s - 6) == 'm');
  }

  private static int skipSpacesBack(String text, int from, int at) {
    while (at > from && isSpace(text.charAt(at - 1))) at--;
    return at;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0';
  }

  /** {@code [\p{Ll}-]}. */
  private static boolean isLowerOrHyphen(char c) {
    return c == '-' || Character.getType(c) == Character.LOWERCASE_LETTER;
  }

  /** {@code [\p{L}.&-]}. */
  private static boolean isNameChar(char c) {
    return c == '.' || c == '&' || c == '-' || Character.isLetter(c);
  }
}
