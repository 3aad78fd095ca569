package dev.newsfacts.extract.meta;

import dev.newsfacts.extract.text.WhiteSpace;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates as news copy writes them: "5th Oct, 2023", "Oct. 5, 2023", "October 5 2023",
 * "5 October 2023", "2023-10-05", and without a year ("Oct 5"), which a reference year completes.
 */
public final class LooseDate {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
      Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7), Map.entry("july", 7), Map.entry("aug", 8),
      Map.entry("august", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9),
      Map.entry("oct", 10), Map.entry("october", 10), Map.entry("nov", 11), Map.entry("november", 11),
      Map.entry("dec", 12), Map.entry("december", 12));
  public static final String MONTH =
      "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?"
          + "|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\A" + DAY + "\\s+(" + MONTH + ")(?:,?\\s+(\\d{4}))?\\z");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\A(" + MONTH + ")\\s+" + DAY + "(?:,?\\s+(\\d{4}))?\\z");
  private static final Pattern ISO = Pattern.compile("\\A(\\d{4})-(\\d{2})-(\\d{2})\\z");

  private LooseDate() {}

  /** Month number of a month word ("Oct.", "October", "Sept"), or 0. */
  public static int month(String word) {
    Integer m = MONTHS.get(word.toLowerCase(Locale.ROOT).replace(".", ""));
    return m == null ? 0 : m;
  }

  /**
   * The date written in {@code s}, the year taken from {@code reference} when the text gives none
   * (the latest such date not after it); null when it is no date or the year cannot be known.
   */
  public static LocalDate parse(String s, LocalDate reference) {
    String t = WhiteSpace.collapse(s.strip());
    try {
      Matcher m = ISO.matcher(t);
      if (m.matches()) return LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
      m = DAY_MONTH_YEAR.matcher(t);
      if (m.matches()) return of(m.group(3), month(m.group(2)), num(m.group(1)), reference);
      m = MONTH_DAY_YEAR.matcher(t);
      if (m.matches()) return of(m.group(3), month(m.group(1)), num(m.group(2)), reference);
    } catch (DateTimeException e) {
      return null;  // "Feb 30": not a date
    }
    return null;
  }

  private static LocalDate of(String year, int month, int day, LocalDate reference) {
    if (year != null) return LocalDate.of(num(year), month, day);
    if (reference == null) return null;
    LocalDate d = LocalDate.of(reference.getYear(), month, day);
    return d.isAfter(reference) ? d.minusYears(1) : d;
  }

  private static int num(String s) {
    return Integer.parseInt(s);
  }
}
