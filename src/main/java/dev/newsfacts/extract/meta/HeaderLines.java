package dev.newsfacts.extract.meta;

import dev.newsfacts.extract.text.WhiteSpace;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines that copied or scraped articles carry above the story: a byline ("By Ana Reyes"), a dated byline
 * ("By Ana Reyes | November 23, 2026"), a date line ("Monday, 23 November 2026, 3:10 p.m. EST"). They say who
 * wrote the story and when; nothing in them happens, and they stand between the headline and the dateline.
 */
public final class HeaderLines {
  private static final String SPACE = "[ \\u00A0]+";
  private static final String DATE = "(?<date>" + LooseDate.MONTH + SPACE + "\\d{1,2}(?:st|nd|rd|th)?,?" + SPACE + "\\d{4}"
      + "|\\d{1,2}(?:st|nd|rd|th)?" + SPACE + LooseDate.MONTH + ",?" + SPACE + "\\d{4}|\\d{4}-\\d{2}-\\d{2})";
  private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
      + "|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.?,?" + SPACE;
  private static final String CLOCK = "\\d{1,2}(?:[:.]\\d{2})?[ \\u00A0]*(?:[ap]\\.?m\\.?|AM|PM)?(?:" + SPACE + "\\p{Lu}{2,5})?";
  private static final String LABEL = "(?:(?i:published|updated|posted|last updated)(?: on)?:?" + SPACE + ")?";
  /** A date with what may go with it on its own line: a label, the weekday, the time before or after. */
  private static final String WHEN = LABEL + "(?:" + CLOCK + ",?" + SPACE + ")?(?:" + WEEKDAY + ")?" + DATE
      + "(?:[ \\u00A0]*[,|•·][ \\u00A0]*|" + SPACE + "(?:at" + SPACE + ")?)?(?:" + CLOCK + ")?";
  private static final Pattern DATE_LINE = Pattern.compile("\\A" + WHEN + "\\z");
  /** "By Ana Reyes | Nov. 23, 2026", "By Ana Reyes and Lee Park, Reuters — 23 November 2026": no digit in the names. */
  private static final Pattern DATED_BYLINE = Pattern.compile(
      "\\A(?i:by)" + SPACE + "\\p{Lu}[^\\d\\n]{1,100}?[ \\u00A0]*(?:[|•·,;/]|[-—–]{1,2})[ \\u00A0]*" + WHEN + "\\z");
  private static final Pattern BYLINE = Pattern.compile("\\A(?i:by)" + SPACE + "\\p{Lu}[\\p{L}.'’-]*(?:" + SPACE + "\\S+){0,9}\\z");
  private static final int MAX_LENGTH = 160;

  private HeaderLines() {}

  /** Whether {@code paragraph} is a byline or a date line rather than part of the story. */
  public static boolean isHeaderLine(String paragraph) {
    String p = WhiteSpace.collapse(paragraph.strip());
    return p.length() <= MAX_LENGTH && (BYLINE.matcher(p).matches() || dated(p) != null);
  }

  /** The date a date line or a dated byline gives, or null when {@code paragraph} is neither. */
  static LocalDate date(String paragraph) {
    String p = WhiteSpace.collapse(paragraph.strip());
    if (p.length() > MAX_LENGTH) return null;
    Matcher m = dated(p);
    return m == null ? null : LooseDate.parse(m.group("date").replace(",", " "), null);
  }

  private static Matcher dated(String p) {
    Matcher m = DATE_LINE.matcher(p);
    if (m.matches()) return m;
    m = DATED_BYLINE.matcher(p);
    return m.matches() ? m : null;
  }
}
