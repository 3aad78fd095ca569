package dev.newsfacts.extract.facts;

import java.util.regex.Pattern;

/**
 * "…, the department said on Friday", "the authority said in February": a date right after a reporting verb
 * dates the statement itself, an event of its own besides what the sentence reports ("rose 9 percent last year").
 */
final class ReportingDates {
  private static final Pattern REPORTING_BEFORE = Pattern.compile(
      "\\b(?:said|says|announced|reported|confirmed|warned|wrote|added|stated|disclosed|revealed|estimated|showed|"
          + "told[ \\u00A0]+(?:reporters|lawmakers|investors|journalists|\\p{Lu}\\p{L}+))"
          // "said in a report released", "estimated in its annual update"
          + "(?:[ \\u00A0]+in[ \\u00A0]+(?:an?|its|their)[ \\u00A0]+(?:(?:annual|latest|new|monthly|quarterly)[ \\u00A0]+)?"
          + "(?:statement|interview|news[ \\u00A0]+release|report|filing|post|update)"
          + "(?:[ \\u00A0]+(?:released|published|issued))?)?"
          + "(?:[ \\u00A0]+(?:late|early))?[ \\u00A0]+\\z");
  /** How far before the date the verb may begin. */
  private static final int REACH = 60;

  private ReportingDates() {}

  /** Whether the date starting at {@code dateStart} follows a reporting verb, with nothing before {@code from} read. */
  static boolean datesTheReport(String text, int from, int dateStart) {
    int a = Math.max(from, dateStart - REACH);
    return REPORTING_BEFORE.matcher(text.substring(a, dateStart)).find();
  }
}
