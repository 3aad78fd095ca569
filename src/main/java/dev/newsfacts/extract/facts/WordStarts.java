package dev.newsfacts.extract.facts;

import java.util.Locale;

/** Word boundaries in plain text, so patterns are tried at the few words that can open a match. */
final class WordStarts {
  private WordStarts() {}

  /** The first offset in {@code [i, to)} where a word (letters, digits or a currency sign) starts, or {@code to}. */
  static int next(String text, int i, int to) {
    for (int k = i; k < to; k++) {
      char c = text.charAt(k);
      boolean wordChar = Character.isLetterOrDigit(c) || Character.getType(c) == Character.CURRENCY_SYMBOL;
      if (wordChar && (k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1)))) return k;
    }
    return to;
  }

  /** End of the word at {@code start}: letters, digits, hyphens, and the separators inside a number. */
  static int wordEnd(String text, int start, int to) {
    int k = start + 1;
    while (k < to && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '-'
        // "110,000" and "1.2" are one word
        || (text.charAt(k) == ',' || text.charAt(k) == '.') && k + 1 < to && Character.isDigit(text.charAt(k + 1))
            && Character.isDigit(text.charAt(k - 1)))) k++;
    return k;
  }

  static String lower(String text, int start, int end) {
    return text.substring(start, end).toLowerCase(Locale.ROOT);
  }
}
