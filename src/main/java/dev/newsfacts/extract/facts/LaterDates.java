package dev.newsfacts.extract.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates after a sentence's first that are events of their own: one still to come ("projected 6.8 per cent growth in
 * October, will announce its decision on December 5"), and a day when the first date was only a year or a month
 * ("will raise fares next year under a budget approved on Wednesday"). Period bounds ("since", "between") are not.
 */
final class LaterDates {
  private LaterDates() {}

  static List<DateMention> events(List<DateMention> later, DateMention first, LocalDate reference) {
    List<DateMention> out = new ArrayList<>();
    boolean dayTaken = first.date().length() == 10;
    for (DateMention r : later) {
      if (!r.relation().equals("at") && !r.text().regionMatches(true, 0, "by ", 0, 3)) continue;
      if (r.date().equals(first.date()) || out.stream().anyMatch(o -> o.date().equals(r.date()))) continue;
      boolean ahead = reference != null && r.date().compareTo(reference.toString().substring(0, r.date().length())) > 0;
      boolean day = !dayTaken && r.date().length() == 10;
      if (ahead || day) {
        out.add(r);
        dayTaken |= day;
      }
    }
    return out;
  }
}
