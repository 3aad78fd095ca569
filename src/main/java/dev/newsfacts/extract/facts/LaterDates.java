package dev.newsfacts.extract.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Dates after a sentence's first that are events of their own: one still to come ("projected 6.8 per cent growth in
 * October, will announce its decision on December 5"), and a day when the first date was only a year or a month
 * ("will raise fares next year under a budget approved on Wednesday"), and one in what a study "found that" or a
 * speaker "said that" after the first, and one in a clause of its own after a comma ({@link ClauseDates}). Period
 * bounds ("since", "between") are not.
 */
final class LaterDates {
  private LaterDates() {}

  static List<DateMention> events(String text, List<DateMention> later, DateMention first, LocalDate reference) {
    List<DateMention> out = new ArrayList<>();
    boolean dayTaken = first.date().length() == 10;
    for (DateMention r : later) {
      boolean ahead = reference != null && r.date().compareTo(reference.toString().substring(0, r.date().length())) > 0;
      // "said on Monday it would introduce a surcharge from May 15": a start still to come is an event of its own
      boolean startAhead = ahead && r.relation().equals("since") && r.text().regionMatches(true, 0, "from ", 0, 5);
      if (!r.relation().equals("at") && !r.text().regionMatches(true, 0, "by ", 0, 3) && !startAhead) continue;
      if (r.date().equals(first.date()) || out.stream().anyMatch(o -> o.date().equals(r.date()))) continue;
      boolean day = !dayTaken && r.date().length() == 10;
      // "published on Tuesday, found that 32% of adults were obese in 2025": the finding's own time
      boolean reported = ReportedClausePattern.REPORTED_CLAUSE.matcher(text).region(first.end(), r.start()).find();
      // "rose 27% on Monday, their biggest gain since the company listed in 2011": a clause of its own after a comma
      boolean ownClause = ClauseDates.afterComma(text, first, r);
      if (ahead || day || reported || ownClause) {
        out.add(r);
        dayTaken |= day;
      }
    }
    return out;
  }

  /** Compiled on first use: tried only for a later date "at" or "by" a time in a sentence with a date before it. */
  private static final class ReportedClausePattern {
    /** "found that", "said that": what follows is a finding with a time of its own. */
    static final Pattern REPORTED_CLAUSE = Pattern.compile(
        "\\b(?:said|says|found|finds|showed|shows|reported|announced|estimated|warned|concluded)[ \\u00A0]+that\\b");
  }
}
