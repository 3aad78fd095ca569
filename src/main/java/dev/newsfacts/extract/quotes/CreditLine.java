package dev.newsfacts.extract.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * Wire credits: a parenthesis that opens with "Reporting by", "Additional reporting by" or "Editing by"
 * names who wrote and edited the story. "reporting" there is not a speech verb and nothing in it is said.
 * Only parentheses: a sentence may open with "Reporting by the agency found ..." and report a finding.
 */
final class CreditLine {
  /** Longer than any opener with its leading spaces: a credit is read from its first words only. */
  private static final int HEAD = 40;

  private CreditLine() {}

  /** Whether the text from {@code from} (just inside an opening parenthesis) to {@code to} opens with a credit. */
  static boolean opens(String text, int from, int to, Set<String> openers) {
    String head = text.substring(from, Math.min(to, from + HEAD)).stripLeading().toLowerCase(Locale.ROOT);
    for (String o : openers) if (head.startsWith(o + " ")) return true;
    return false;
  }
}
