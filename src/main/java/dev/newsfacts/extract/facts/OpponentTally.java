package dev.newsfacts.extract.facts;

import java.util.regex.Pattern;

/**
 * A match report's tally against a rival's: "17 shots to Monterrey's nine", "18 handling errors to the Crusaders'
 * nine". The figure after the possessive counts what the one before "to" counted, even as a bare number word.
 */
final class OpponentTally {
  private static final Pattern BEFORE = Pattern.compile(
      "\\bto[ \\u00A0]+(?:the[ \\u00A0]+)?(?:\\p{Lu}[\\p{L}.-]*[ \\u00A0]+){0,3}\\p{Lu}[\\p{L}.-]*(?:['’]s|s['’])[ \\u00A0]+\\z");
  /** Enough for "to the Western Bulldogs' ". */
  private static final int REACH = 48;

  private OpponentTally() {}

  /** Whether the words right before {@code figureStart} give the figure as a rival's tally. */
  static boolean before(String text, int figureStart) {
    return BEFORE.matcher(text.substring(Math.max(0, figureStart - REACH), figureStart)).find();
  }
}
