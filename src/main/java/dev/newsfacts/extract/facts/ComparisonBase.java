package dev.newsfacts.extract.facts;

import java.util.regex.Pattern;

/**
 * A bare figure a change is measured from: "up from 2,130", "down 60% from 10,476", "against 7,390 in the same
 * period", "compared with 14 a year earlier". It counts what the figure before it in the sentence counted.
 */
final class ComparisonBase {
  private static final Pattern BEFORE = Pattern.compile(
      "(?i)(?:\\bfrom|\\bagainst|\\bcompared[ \\u00A0]+(?:with|to)|\\bversus|\\bvs\\.?|\\bup|\\bdown)[ \\u00A0]+\\z");
  /** Enough for "compared with ". */
  private static final int REACH = 16;

  private ComparisonBase() {}

  /** Whether the words right before {@code figureStart} make the figure a base of comparison. */
  static boolean before(String text, int figureStart) {
    return BEFORE.matcher(text.substring(Math.max(0, figureStart - REACH), figureStart)).find();
  }
}
