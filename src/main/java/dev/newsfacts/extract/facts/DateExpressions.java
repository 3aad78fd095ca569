package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.meta.LooseDate;
import dev.newsfacts.extract.text.WhiteSpace;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date expressions of news copy and their resolution against a reference date (dateline or published
 * date): "on Thursday" (the latest Thursday not after it), "last month", "this week" (the month it falls
 * in), "two years ago", "yesterday", "in March 2022", "in July last year", "in late March", "Oct. 5", "in 2006", "by spring 2028". A reporter writes about the
 * past, so a weekday or a month without a year is taken as the latest one not after the reference.
 */
final class DateExpressions {
  private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String NUMBER_WORD = "(?:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
  private static final Pattern EXPR = Pattern.compile(
      "(?<rel>\\b(?:[Ss]ince|[Bb]etween|[Ff]rom|[Uu]ntil(?:\\s+at\\s+least)?|[Bb]y|[Ii]n|[Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier this|[Ll]ater this|[Pp]ast)\\s+)?"
          + "(?:(?<weekday>" + WEEKDAY + ")(?:\\s+(?:morning|afternoon|evening|night))?"
          + "|(?<unit>week|month|year)\\b"
          + "|(?<day>yesterday|today|tomorrow|tonight|Yesterday|Today|Tomorrow|Tonight)"
          + "|(?<ago>(?i:" + NUMBER_WORD + "))\\s+(?<agoUnit>days?|weeks?|months?|years?|decades?)\\s+ago"
          + "|(?:the\\s+)?(?:(?:early|late|mid)[- ])?(?<season>spring|summer|autumn|fall|winter)(?:\\s+of)?\\s+(?<syear>(?:19|20)\\d{2})"
          // "on 12 March", "the 3rd of May 2025": the day before the month, as British and most non-US copy writes it
          + "|(?<dmday>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<dmonth>" + LooseDate.MONTH + ")(?:,?\\s+(?<dyear>(?:19|20)\\d{2}))?"
          + "|(?:(?:early|late|mid)[- ])?(?<month>" + LooseDate.MONTH + ")(?:\\s+(?<mday>\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+(?<year>(?:19|20)\\d{2})|\\s+(?<yearRel>last|this|next)\\s+year)?"
          + "|(?:(?:early|late|mid)[- ])?(?<bareYear>(?:19|20)\\d{2}))\\b");
  private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12));

  /** Words a date expression can open with: the pattern is tried only there, which keeps it cheap. */
  private static final java.util.Set<String> OPENERS = java.util.Set.of("since", "between", "from", "until", "by", "in",
      "on", "last", "this", "next", "earlier", "later", "past", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "yesterday", "today", "tomorrow", "tonight", "a", "an", "one", "two", "three", "four",
      "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "jan", "january", "feb", "february", "mar",
      "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september",
      "oct", "october", "nov", "november", "dec", "december", "early", "late", "mid", "spring", "summer", "autumn",
      "winter");

  /** A date expression starting this close to its sentence's start is fronted. */
  private static final int FRONTED_CHARS = 12;

  private DateExpressions() {}

  /** Date expressions in {@code text[from, to)}, in order; {@code reference} may be null. */
  static List<DateMention> find(String text, int from, int to, LocalDate reference) {
    List<DateMention> out = new ArrayList<>();
    Matcher m = EXPR.matcher(text);
    // whether the sentence looks ahead at all: read once, when its first date is found
    Boolean futureSentence = null;
    int i = from;
    while (i < to) {
      int start = WordStarts.next(text, i, to);
      if (start >= to) break;
      int wordEnd = WordStarts.wordEnd(text, start, to);
      i = wordEnd;
      String opener = WordStarts.lower(text, start, wordEnd);
      if (!Character.isDigit(text.charAt(start)) && !OPENERS.contains(opener) && !opener.startsWith("mid-")) continue;
      m.region(start, to);
      if (!m.lookingAt()) continue;
      i = Math.max(wordEnd, m.end());
      String rel = m.group("rel") == null ? "" : WhiteSpace.collapse(m.group("rel").strip().toLowerCase(Locale.ROOT));
      // "until at least Saturday": a bound like "until"
      if (rel.equals("until at least")) rel = "until";
      // "voted on Tuesday to approve a levy that will raise ...": the tense that counts is the one before
      // the date; a date that opens the sentence ("On Friday, the council will vote") takes the sentence's
      boolean pastClause = ClauseTense.past(text, from, to, start, m.end());
      // "will raise fares under a budget approved on Wednesday": a past verb nearer the date than the future one
      if (futureSentence == null) futureSentence = FutureClause.in(text, from, to);
      boolean future = futureSentence && !pastClause
          && (start - from < FRONTED_CHARS && FutureClause.frontedDateAhead(text, m.end(), to)
              || FutureClause.in(text, from, start));
      // "still needs approval in February", "meets again on Dec. 9": no past verb in the clause, the nearer one
      boolean nearest = !future && !pastClause;
      String date = resolve(m, rel, reference, future, nearest);
      if (date == null) {
        i = wordEnd;
        continue;
      }
      String relation = switch (rel) {
        case "since", "from" -> "since";
        case "between" -> "between";
        case "until", "by" -> "until";
        default -> "at";
      };
      out.add(new DateMention(start, m.end(), text.substring(start, m.end()), date, relation));
    }
    return out;
  }

  /** The year putting month {@code month} (and day {@code mday}, when given) nearest the reference, ahead or behind. */
  private static int nearestYear(LocalDate ref, int month, String mday) {
    int day = mday == null ? 15 : Math.min(Integer.parseInt(mday), 28);
    LocalDate ahead = LocalDate.of(ref.getYear(), month, day);
    if (ahead.isBefore(ref)) ahead = ahead.plusYears(1);
    LocalDate behind = ahead.minusYears(1);
    long forward = ahead.toEpochDay() - ref.toEpochDay();
    long back = ref.toEpochDay() - behind.toEpochDay();
    // a month alone counts from its middle: "in October" read on Oct. 3 is this one
    if (mday == null && month == ref.getMonthValue()) return ref.getYear();
    return forward < back ? ahead.getYear() : behind.getYear();
  }

  private static String resolve(Matcher m, String rel, LocalDate ref, boolean future, boolean nearest) {
    if (m.group("weekday") != null) {
      if (ref == null) return null;
      DayOfWeek d = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
      // "next Saturday" written on a Saturday is a week on, not today
      // "schools stay closed until Wednesday": a bound no past verb tells is the coming one
      LocalDate day = rel.equals("next") ? ref.with(TemporalAdjusters.next(d))
          : (future || nearest && rel.equals("until")) && !rel.equals("last") ? ref.with(TemporalAdjusters.nextOrSame(d))
          : rel.equals("last") ? ref.with(TemporalAdjusters.previous(d)) : ref.with(TemporalAdjusters.previousOrSame(d));
      return day.toString();
    }
    if (m.group("unit") != null) {
      // "week", "month", "year" count only with last/this/next: "a year" or "per month" are no dates
      if (ref == null || !(rel.equals("last") || rel.equals("this") || rel.equals("next") || rel.equals("past")
          || rel.equals("earlier this") || rel.equals("later this"))) return null;
      int step = rel.equals("last") || rel.equals("past") ? -1 : rel.equals("next") ? 1 : 0;
      return switch (m.group("unit")) {
        case "week" -> YearMonth.from(ref.plusWeeks(step)).toString();
        case "month" -> YearMonth.from(ref).plusMonths(step).toString();
        default -> Integer.toString(ref.getYear() + step);
      };
    }
    if (m.group("day") != null) {
      if (ref == null) return null;
      String w = m.group("day").toLowerCase(Locale.ROOT);
      return (w.equals("yesterday") ? ref.minusDays(1) : w.equals("tomorrow") ? ref.plusDays(1) : ref).toString();
    }
    if (m.group("ago") != null) {
      if (ref == null) return null;
      String n = m.group("ago").toLowerCase(Locale.ROOT);
      int k = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : WORDS.get(n);
      String unit = m.group("agoUnit");
      if (unit.startsWith("day")) return ref.minusDays(k).toString();
      if (unit.startsWith("week")) return YearMonth.from(ref.minusWeeks(k)).toString();
      if (unit.startsWith("month")) return YearMonth.from(ref).minusMonths(k).toString();
      if (unit.startsWith("decade")) return Integer.toString(ref.getYear() - 10 * k);
      return Integer.toString(ref.getYear() - k);
    }
    // "by spring 2028", "in the summer of 2019": the year, the precision the text gives
    if (m.group("season") != null) return m.group("syear");
    if (m.group("month") != null || m.group("dmonth") != null) {
      boolean dayFirst = m.group("dmonth") != null;
      String mw = dayFirst ? m.group("dmonth") : m.group("month");
      String mday = dayFirst ? m.group("dmday") : m.group("mday");
      String written = dayFirst ? m.group("dyear") : m.group("year");
      // "May" and "March" are also words: only with a day, a year, or "in/since/..." before them
      if (mday == null && written == null && rel.isEmpty()) return null;
      if (rel.equals("this") || rel.equals("past") || rel.startsWith("earlier") || rel.startsWith("later")) return null;
      int month = LooseDate.month(mw);
      // "next May": the first May after the reference month
      if (rel.equals("next")) {
        if (ref == null || mday != null || written != null) return null;
        return YearMonth.of(month <= ref.getMonthValue() ? ref.getYear() + 1 : ref.getYear(), month).toString();
      }
      Integer year = written == null ? null : Integer.valueOf(written);
      // "in July last year", "in March this year": the year named beside the month
      if (year == null && !dayFirst && m.group("yearRel") != null && ref != null) {
        String y = m.group("yearRel");
        year = ref.getYear() + (y.equals("last") ? -1 : y.equals("next") ? 1 : 0);
      }
      if (year == null) {
        if (ref == null) return null;
        if (future && !rel.equals("last")) year = month < ref.getMonthValue() ? ref.getYear() + 1 : ref.getYear();
        else if (nearest && !rel.equals("last") && !rel.equals("since")) year = nearestYear(ref, month, mday);
        else year = month > ref.getMonthValue() || rel.equals("last") && month == ref.getMonthValue()
            ? ref.getYear() - 1 : ref.getYear();
      }
      if (mday == null) return YearMonth.of(year, month).toString();
      int day = Integer.parseInt(mday);
      if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) return null;
      return LocalDate.of(year, month, day).toString();
    }
    // a bare year is a date only after a preposition: "in 2006", "since 2014"
    if (rel.isEmpty() || rel.equals("last") || rel.equals("this") || rel.equals("next") || rel.equals("past")
        || rel.startsWith("earlier") || rel.startsWith("later")) return null;
    return m.group("bareYear");
  }
}
