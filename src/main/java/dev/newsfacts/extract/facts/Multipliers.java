package dev.newsfacts.extract.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "9.4 times the epidemic threshold", "2.5 times the national average": a figure in digits with "times" and what
 * it multiplies after it is a measured multiple, a statistic; "three times a week" counts occasions, and "three
 * times as high" is a manner of speaking: both stay out.
 */
final class Multipliers {
  private static final Pattern TIMES = Pattern.compile(
      "\\A[ \\u00A0]+times[ \\u00A0]+(?:the|its|their|that|what)\\b");
  /** The unit a multiple is given in. */
  static final String UNIT = "times";

  private Multipliers() {}

  /** Where " times" ends after a figure ending at {@code end} that multiplies something, or -1. */
  static int timesEnd(String text, int end) {
    if (end + 7 > text.length() || text.charAt(end + 1) != 't') return -1;
    Matcher m = TIMES.matcher(text).region(end, text.length());
    return m.lookingAt() ? end + " times".length() : -1;
  }
}
