package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.text.WhiteSpace;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "179.3 per 1,000 outpatients", "86.1 out of every 1,000 patients", "12 deaths per 100,000 people": a rate, whose
 * figure counts per a round base. The base is part of what the figure counts, no statistic of its own.
 */
final class RateBases {
  private RateBases() {}

  /** Where the base after a figure ending at {@code end} ends ("per 1,000"), or -1 when no base follows. */
  static int end(String text, int end, int to) {
    // most figures are followed by anything but "per", "out", "in" or "for": test the next letter first
    if (end + 4 > to || text.charAt(end) != ' ' && text.charAt(end) != '\u00A0') return -1;
    char c = text.charAt(end + 1);
    if (c != 'p' && c != 'o' && c != 'i' && c != 'f') return -1;
    Matcher m = BasePattern.BASE.matcher(text).region(end, to);
    return m.lookingAt() ? m.end() : -1;
  }

  /** The base as written, from the figure's end to {@link #end}: "per 1,000". */
  static String words(String text, int figureEnd, int baseEnd) {
    return WhiteSpace.collapse(text.substring(figureEnd, baseEnd).strip());
  }

  /** Compiled on first use: tried only where a word opening with "p", "o", "i" or "f" follows a figure. */
  private static final class BasePattern {
    static final Pattern BASE = Pattern.compile(
        "\\A[ \\u00A0]+(?:per|(?:out[ \\u00A0]+of|in|for)[ \\u00A0]+every)[ \\u00A0]+"
            + "(?<base>1(?:00,000|0,000|,000|00|0)(?![,.]?\\d)|(?:a[ \\u00A0]+|one[ \\u00A0]+)?(?:hundred|thousand|million))\\b");
  }
}
