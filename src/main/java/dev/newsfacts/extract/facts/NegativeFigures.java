package dev.newsfacts.extract.facts;

/**
 * A figure below zero: "the gauge read minus 10.8 feet", "a low of −4C" (the minus sign, U+2212). A hyphen is not
 * read as a minus: in news copy it is far more often a dash or a range ("12-14").
 */
final class NegativeFigures {
  private static final String MINUS_WORD = "minus ";

  private NegativeFigures() {}

  /** Where the sign of the number starting at {@code numStart} begins, or -1 when it has none. */
  static int signStart(String text, int numStart) {
    if (numStart > 0 && text.charAt(numStart - 1) == '\u2212') return numStart - 1;
    int a = numStart - MINUS_WORD.length();
    if (a >= 0 && text.regionMatches(true, a, MINUS_WORD, 0, MINUS_WORD.length())
        && (a == 0 || !Character.isLetter(text.charAt(a - 1))) && !afterPlusOr(text, a)) return a;
    return -1;
  }

  /** "a margin of error of plus or minus 3 points": a margin, not a figure below zero. */
  private static boolean afterPlusOr(String text, int minusStart) {
    String before = text.substring(Math.max(0, minusStart - 8), minusStart).toLowerCase(java.util.Locale.ROOT);
    return before.endsWith("or ") || before.endsWith("/");
  }
}
