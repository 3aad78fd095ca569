package dev.newsfacts.extract.facts;

import java.util.Locale;
import java.util.Set;

/**
 * A duration that is a finding, not a time reference: "sentenced to nine years in prison", "spent 11 days in the
 * hospital", "batted for 371 minutes", "a combined 498,000 hours", "37 years of counts". Not one that places an
 * event in time: "two years ago", "in the last 15 years", "within five years", "over the next three days", "a
 * 10-year sentence" (an adjective), "two weeks later".
 */
final class MeasuredDurations {
  /** Words before a duration that make it a time reference. */
  private static final Set<String> TIME_BEFORE = Set.of("in", "within", "over", "after", "before", "past", "last",
      "next", "first", "previous", "recent", "coming", "every", "each", "the", "those", "these", "its", "his", "her",
      "their", "our", "since", "until", "till", "by", "about", "around", "than", "following", "final", "early",
      "late", "later");
  /** Words after the unit that make it a time reference: "two years ago", "a day earlier". */
  private static final Set<String> TIME_AFTER = Set.of("ago", "old", "later", "earlier", "before", "after", "from",
      "since", "away", "early", "late", "long", "into", "ahead", "back", "on", "running", "straight");
  /** "three times as many", "five times the rate": a multiplier, not a count of times. */
  private static final Set<String> MULTIPLIER_AFTER = Set.of("as", "more", "less", "higher", "lower", "greater",
      "larger", "bigger", "smaller", "faster", "slower", "the", "a", "an", "that", "what", "over", "per", "their",
      "its", "his", "her", "our");

  private MeasuredDurations() {}

  /**
   * Whether the number at {@code [start, end)} (before any approximator, "more than") with the time word {@code unit}
   * after it is a measured duration or a count of times.
   */
  static boolean counts(String text, int start, int end, String unit) {
    // "a 10-year sentence", "24-hour": an adjective
    if (end < text.length() && text.charAt(end) == '-') return false;
    String before = wordBefore(text, start);
    String after = wordAfter(text, end, 2);
    if (unit.equals("times")) return !MULTIPLIER_AFTER.contains(after) && !TIME_BEFORE.contains(before);
    if (!isDurationUnit(unit)) return false;
    return !TIME_BEFORE.contains(before) && !TIME_AFTER.contains(after);
  }

  private static boolean isDurationUnit(String unit) {
    return switch (unit) {
      case "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
          "decade", "decades" -> true;
      default -> false;
    };
  }

  /** The word before {@code i}, lower case, or "". */
  private static String wordBefore(String text, int i) {
    int b = i;
    while (b > 0 && Character.isWhitespace(text.charAt(b - 1))) b--;
    int a = b;
    while (a > 0 && Character.isLetter(text.charAt(a - 1))) a--;
    return text.substring(a, b).toLowerCase(Locale.ROOT);
  }

  /** The {@code n}-th word after {@code i} (1 is the first), lower case, or "". */
  private static String wordAfter(String text, int i, int n) {
    int a = i;
    String w = "";
    for (int k = 0; k < n; k++) {
      while (a < text.length() && Character.isWhitespace(text.charAt(a))) a++;
      int b = a;
      while (b < text.length() && Character.isLetter(text.charAt(b))) b++;
      w = text.substring(a, b).toLowerCase(Locale.ROOT);
      if (b == a) return "";
      a = b;
    }
    return w;
  }
}
