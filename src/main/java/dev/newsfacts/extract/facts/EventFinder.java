package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.meta.HeaderLines;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.CharSpan;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.extract.text.WhiteSpace;
import dev.newsfacts.model.EventFact;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Dated events: a sentence that says when something happened ("on Thursday", "last month", "in March
 * 2022", "two years ago"), with the date resolved. One event per sentence, at its first point in time, and
 * one more when a later date is the reporting verb's ("said on Friday", {@link ReportingDates}), and the later dates
 * {@link LaterDates} keeps (one still to come, a day after a coarser first date);
 * dates that only bound a period ("since 2014", "between ... and ...") are left to statistics.
 */
final class EventFinder {
  private static final Pattern RANGE_JOINER = Pattern.compile("(?i)to|until|through|-|–");
  private static final Pattern LIST_JOINER = Pattern.compile("(?i)and|to|through|-|–");

  private final AnnotatedText at;
  private final LocalDate reference;
  private final int bodyStart;
  private final SentenceDates sentenceDates;

  EventFinder(AnnotatedText at, LocalDate reference, int bodyStart, SentenceDates sentenceDates) {
    this.at = at;
    this.reference = reference;
    this.bodyStart = bodyStart;
    this.sentenceDates = sentenceDates;
  }

  List<EventFact> find() {
    String text = at.text();
    List<EventFact> out = new ArrayList<>();
    for (Sentence s : at.sentences()) {
      int from = Math.max(s.start(), bodyStart);
      if (from >= s.end()) continue;
      List<DateMention> dates = sentenceDates.in(s);
      for (int i = 0; i < dates.size(); i++) {
        DateMention d = dates.get(i);
        boolean closesPeriod = i > 0 && !dates.get(i - 1).relation().equals("at")
            && LIST_JOINER.matcher(text.substring(dates.get(i - 1).end(), d.start()).strip()).matches();
        // "could move in by spring 2028": a deadline no "since" or "from" opened is when the event is due
        // "has until 6 August to appeal", "schools stay closed until Wednesday": a bound still to come, the same
        boolean deadline = d.relation().equals("until") && (d.text().regionMatches(true, 0, "by ", 0, 3) || ahead(d))
            && dates.subList(0, i).stream().allMatch(e -> e.relation().equals("at"));
        if (!d.relation().equals("at") && !deadline && !startsAhead(text, dates, i, reference) || closesPeriod) continue;
        int a = trimStart(text, from, s.end());
        int b = trimEnd(text, a, s.end());
        String sentence = text.substring(a, b);
        // "Published: June 12, 2024": a date line says when, but nothing happens in it
        String rest = (text.substring(from, d.start()) + text.substring(d.end(), s.end())).strip();
        if (WhiteSpace.words(rest).length < 3 || inHeaderLine(s)) break;
        out.add(new EventFact(null, sentence, a, b, d.date(), d.text().strip()));
        // a later date of the reporting verb ("…, the authority said in February") dates the statement too
        for (int j = i + 1; j < dates.size(); j++) {
          DateMention r = dates.get(j);
          if (r.relation().equals("at") && !r.date().equals(d.date()) && ReportingDates.datesTheReport(text, from, r.start())) {
            out.add(new EventFact(null, sentence, a, b, r.date(), r.text().strip()));
            break;
          }
        }
        for (DateMention r : LaterDates.events(text, dates.subList(i + 1, dates.size()), d, reference)) {
          if (out.stream().noneMatch(e -> e.start() == a && e.date().equals(r.date()))) {
            out.add(new EventFact(null, sentence, a, b, r.date(), r.text().strip()));
          }
        }
        break;
      }
    }
    return out;
  }

  /** "By Ana Reyes | Nov. 23, 2026": the byline's date says when the story was written, not that anything happened. */
  private boolean inHeaderLine(Sentence s) {
    CharSpan p = at.paragraphs().get(at.paragraphAt(s.start()));
    return HeaderLines.isHeaderLine(at.text().substring(p.start(), p.end()));
  }

  /**
   * "will restrict multi-buy offers from October 2027": a start still to come that no later date closes is when the
   * change takes effect.
   */
  static boolean startsAhead(String text, List<DateMention> dates, int i, LocalDate reference) {
    DateMention d = dates.get(i);
    if (reference == null || !d.relation().equals("since") || !d.text().regionMatches(true, 0, "from ", 0, 5)) return false;
    if (i + 1 < dates.size() && RANGE_JOINER.matcher(text.substring(d.end(), dates.get(i + 1).start()).strip()).matches()) {
      return false;
    }
    return d.date().compareTo(reference.toString().substring(0, d.date().length())) > 0;
  }

  /** Whether a date falls after the reference date, at the precision it is written with. */
  private boolean ahead(DateMention d) {
    return reference != null && d.date().compareTo(reference.toString().substring(0, d.date().length())) > 0;
  }

  /** First non-blank offset in {@code [from, to)}: spans are trimmed by moving offsets, never by editing text. */
  static int trimStart(String text, int from, int to) {
    int a = from;
    while (a < to && Character.isWhitespace(text.charAt(a))) a++;
    return a;
  }

  static int trimEnd(String text, int from, int to) {
    int b = to;
    while (b > from && Character.isWhitespace(text.charAt(b - 1))) b--;
    return b;
  }
}
