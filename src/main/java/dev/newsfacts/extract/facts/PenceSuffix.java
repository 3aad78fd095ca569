package dev.newsfacts.extract.facts;

/**
 * British business copy writes pence as a suffix: "210p in cash", "rose 27% to 432p", "less than 30p a month". A
 * lone "p" right after the digits, not the start of a word ("5pm", "4ppm").
 */
final class PenceSuffix {
  private PenceSuffix() {}

  /** Whether a pence "p" stands at {@code i}, right after a number's digits. */
  static boolean at(String text, int i) {
    if (i >= text.length() || text.charAt(i) != 'p') return false;
    return i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
  }
}
