package dev.newsfacts.extract.facts;

import java.util.regex.Pattern;

/**
 * "Children aged 7-12 had the highest rate, at 179.3 per 1,000 outpatients, followed by those aged 13-18 at 148.6",
 * "Cork stood at 1,080 homes and Galway at 542": a bare figure after "at" that repeats the "at" of a count before it
 * in the sentence counts what that count counted.
 */
final class ParallelAt {
  private static final Pattern AT_BEFORE = Pattern.compile("(?i)\\bat[ \\u00A0]+\\z");
  /** Enough for "at ". */
  private static final int REACH = 4;

  private ParallelAt() {}

  /** Whether {@code f} stands after "at" as {@code before}, the last count of its sentence, does. */
  static boolean continues(String text, Figure before, Figure f) {
    return before != null && !before.share() && !f.share() && f.currency() == null && f.measure() == null
        && before.end() <= f.start() && atBefore(text, before.start()) && atBefore(text, f.start());
  }

  private static boolean atBefore(String text, int figureStart) {
    return AT_BEFORE.matcher(text.substring(Math.max(0, figureStart - REACH), figureStart)).find();
  }
}
