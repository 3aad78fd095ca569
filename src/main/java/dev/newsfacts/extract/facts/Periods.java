package dev.newsfacts.extract.facts;

import dev.newsfacts.model.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The period a figure covers, from the date expressions of its sentence: "between March 2022 and March
 * 2023", "from 2010 to 2020", "since 2006" (up to the reference date), "since the army was deployed in
 * 2006", or one point such as "in 2022" / "last year".
 */
final class Periods {
  private Periods() {}

  static Period of(String text, List<DateMention> dates, LocalDate reference) {
    String to = reference == null ? null : reference.toString();
    for (int i = 0; i < dates.size(); i++) {
      DateMention d = dates.get(i);
      DateMention next = i + 1 < dates.size() ? dates.get(i + 1) : null;
      if ((d.relation().equals("between") || d.relation().equals("since")) && next != null
          && joinedBy(text, d, next)) {
        return new Period(d.date(), next.date(), text.substring(d.start(), next.end()));
      }
      if (d.relation().equals("since")) return new Period(d.date(), to, d.text());
    }
    // "since the government deployed the military ... in 2006": the clause opened by "since" ends at a comma
    int since = indexOfWord(text, dates.isEmpty() ? 0 : dates.get(0).start(), "since", dates);
    if (since >= 0) {
      for (DateMention d : dates) {
        if (d.start() > since && text.substring(since, d.start()).indexOf(',') < 0 && d.date().length() <= 7) {
          return new Period(d.date(), to, text.substring(since, d.end()));
        }
      }
    }
    for (DateMention d : dates) {
      String lower = d.text().toLowerCase(Locale.ROOT);
      boolean pointInTime = lower.startsWith("in ") || lower.startsWith("last ") || lower.startsWith("this ")
          || lower.startsWith("past ");
      if (d.relation().equals("at") && pointInTime && d.date().length() <= 7) {
        return new Period(d.date(), d.date(), d.text());
      }
    }
    return null;
  }

  private static boolean joinedBy(String text, DateMention a, DateMention b) {
    String between = text.substring(a.end(), b.start()).strip().toLowerCase(Locale.ROOT);
    return between.equals("and") || between.equals("to") || between.equals("through") || between.equals("-")
        || between.equals("–");
  }

  /** Offset of "since" in the sentence holding the dates, searched a little before the first date. */
  private static int indexOfWord(String text, int near, String word, List<DateMention> dates) {
    if (dates.isEmpty()) return -1;
    int from = Math.max(0, near - 200);
    String window = text.substring(from, near).toLowerCase(Locale.ROOT);
    int i = window.lastIndexOf(" " + word + " ");
    return i < 0 ? -1 : from + i + 1;
  }
}
