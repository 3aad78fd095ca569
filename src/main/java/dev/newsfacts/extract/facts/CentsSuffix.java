package dev.newsfacts.extract.facts;

/**
 * South African and Australian business copy writes cents as a suffix: "a dividend of 57c a share", "rose 18.6% to
 * 142.3c". A lone lower-case "c" right after the digits, not the start of a word ("5cm", "3cc"); "2.5C" is degrees.
 */
final class CentsSuffix {
  private CentsSuffix() {}

  /** Whether a cents "c" stands at {@code i}, right after a number's digits. */
  static boolean at(String text, int i) {
    if (i >= text.length() || text.charAt(i) != 'c') return false;
    return i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
  }
}
