package dev.newsfacts.extract.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as metadata writes it: ISO 8601 date or date-time ("2023-10-05",
 * "2023-10-05T14:03:00-04:00", "2023-10-05 14:03:00"), "2023/10/05", RFC 1123
 * ("Thu, 05 Oct 2023 14:03:00 GMT"), or the forms of news copy ("Oct. 5, 2023"). The day is the
 * one written, in the publisher's own zone: "2023-10-05T23:30:00-05:00" is October 5. Anything
 * else, or a year no news article has (before 1800, after 2200), is no date.
 */
public final class DeclaredDate {
  private static final Pattern COMMA_BEFORE_WORD = Pattern.compile(",(?=\\S)");
  private static final Pattern ISO = Pattern.compile(
      "\\A(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?"
          + "\\s*(?:Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?\\z");
  private static final Pattern COMPACT = Pattern.compile("\\A(\\d{4})(\\d{2})(\\d{2})\\z");
  private static final int MIN_YEAR = 1800;
  private static final int MAX_YEAR = 2200;

  private DeclaredDate() {}

  /** The date written in {@code value}, or null when it is not one. */
  public static LocalDate parse(String value) {
    if (value == null) return null;
    String v = value.strip();
    if (v.isEmpty() || v.length() > 64) return null;
    LocalDate d = null;
    try {
      Matcher m = ISO.matcher(v);
      if (!m.matches()) m = COMPACT.matcher(v);
      if (m.matches()) {
        d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } else if (Character.isLetter(v.charAt(0)) && v.contains(":")) {
        d = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
      } else {
        d = LooseDate.parse(COMMA_BEFORE_WORD.matcher(v).replaceAll(", "), null);
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;  // "2023-02-30", "2023-13-01": shaped like a date, but none
    }
    return d == null || d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR ? null : d;
  }
}
