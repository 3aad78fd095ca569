package dev.newsfacts.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The few Python string semantics the reference scorer relies on, on code points: what
 * {@code str.isspace()}, {@code str.isupper()}, {@code \w} and {@code str.split()} mean there.
 * Java's own notions differ (U+00A0 and U+0085 are spaces in Python, not to
 * {@link Character#isWhitespace}), and the figures must be the same.
 */
final class PyText {
  private PyText() {}

  /** {@code str.isspace()}: Unicode Zs, or bidi class WS/B/S (tabs, line breaks, U+001C-U+001F, U+0085). */
  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
  }

  /** {@code \w} of Python's re on str: letters, numbers (Nd, Nl, No) and the underscore. */
  static boolean isWord(int cp) {
    if (cp == '_' || Character.isLetter(cp)) return true;
    int t = Character.getType(cp);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
  }

  static boolean isUpper(int cp) {
    return Character.isUpperCase(cp);
  }

  /** {@code len(s.split())}: the number of runs of non-space characters. */
  static int wordCount(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean space = isSpace(cp);
      if (!space && !in) n++;
      in = !space;
      i += Character.charCount(cp);
    }
    return n;
  }

  /** {@code s.split()}: the runs of non-space characters. */
  static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (isSpace(cp)) {
        if (start >= 0) out.add(s.substring(start, i));
        start = -1;
      } else if (start < 0) {
        start = i;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) out.add(s.substring(start));
    return out;
  }

  /** {@code s.strip()} is empty. */
  static boolean isBlank(String s) {
    return s.codePoints().allMatch(PyText::isSpace);
  }

  /** {@code s.strip(chars)} for characters of the Basic Multilingual Plane. */
  static String strip(String s, String chars) {
    int a = 0;
    int b = s.length();
    while (a < b && chars.indexOf(s.charAt(a)) >= 0) a++;
    while (b > a && chars.indexOf(s.charAt(b - 1)) >= 0) b--;
    return s.substring(a, b);
  }
}
