package dev.newsfacts.extract.language;

import dev.newsfacts.extract.meta.DatelineReader;
import dev.newsfacts.model.Dateline;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Datelines with the date written in the profile's language: "PARIS, 14 mars 2024 (AFP) —",
 * "BERLIN, 3. April 2024 (dpa) -", "MADRID, 8 de febrero de 2024 (EFE) —", also without the date
 * ("GENÈVE (AFP) —"). A day without a year takes the year of the reference date.
 */
public final class ProfileDateline implements DatelineReader {
  private static final String WORD = "\\p{Lu}[\\p{L}.'’-]*";
  private final LanguageProfile profile;
  private final Pattern pattern;

  public ProfileDateline(LanguageProfile profile) {
    this.profile = profile;
    StringBuilder months = new StringBuilder();
    for (String m : profile.months().keySet()) months.append(months.isEmpty() ? "" : "|").append(Pattern.quote(m));
    this.pattern = Pattern.compile("\\A(?<loc>" + WORD + "(?:[ -]" + WORD + "){0,3}(?:/" + WORD + ")?)"
        + "(?:,[ \\u00A0]*(?<day>\\d{1,2})\\.?[ \\u00A0]+(?:de[ \\u00A0]+)?(?<month>(?i:" + months + "))"
        + "(?:[ \\u00A0]+(?:de[ \\u00A0]+)?(?<year>\\d{4}))?)?"
        + "[ \\u00A0]*\\((?<agency>[\\p{L}][^()\\n]{0,40})\\)[ \\u00A0]*(?:[-—–:]+|\\.)");
  }

  @Override
  public Dateline parse(String text, int start, int end, LocalDate reference) {
    Matcher m = pattern.matcher(text).region(start, end);
    if (!m.lookingAt()) return null;
    String date = null;
    if (m.group("day") != null) {
      Integer month = profile.months().get(m.group("month").toLowerCase(Locale.ROOT));
      Integer year = m.group("year") != null ? Integer.valueOf(m.group("year"))
          : reference != null ? Integer.valueOf(reference.getYear()) : null;
      if (month != null && year != null) {
        try {
          date = LocalDate.of(year, month, Integer.parseInt(m.group("day"))).toString();
        } catch (DateTimeException e) {
          date = null;
        }
      }
    }
    return new Dateline(place(m.group("loc")), m.group("agency").strip(), date, start, m.end());
  }

  /** "PARIS" → "Paris", "SAN SEBASTIÁN" → "San Sebastián": words in capitals only are recased. */
  static String place(String loc) {
    StringBuilder sb = new StringBuilder();
    boolean start = true;
    for (char c : loc.toCharArray()) {
      sb.append(start ? c : Character.toLowerCase(c));
      start = c == ' ' || c == '-' || c == '/' || c == '\'';
    }
    return loc.equals(loc.toUpperCase(Locale.ROOT)) ? sb.toString() : loc;
  }
}
