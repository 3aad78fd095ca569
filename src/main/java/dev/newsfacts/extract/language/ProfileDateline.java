package dev.newsfacts.extract.language;

import dev.newsfacts.extract.meta.DatelineReader;
import dev.newsfacts.model.Dateline;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
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
    // a place of up to six words ("LAS PALMAS DE GRAN CANARIA"); a month written in full or cut short
    // with or without a full stop ("sept.", "dic", "Okt.")
    // a region or country after the place ("MONTERREY, México, 20 de febrero"), left out of the location
    this.pattern = Pattern.compile("\\A(?<loc>" + WORD + "(?:[ -]" + WORD + "){0,5}(?:/" + WORD + ")?)"
        + "(?:,[ \\u00A0]*" + WORD + "(?: " + WORD + ")?(?=,))?"
        + "(?:,[ \\u00A0]*(?<day>\\d{1,2})\\.?[ \\u00A0]+(?:de[ \\u00A0]+)?(?<month>(?i:" + months + "|\\p{L}{3,5}\\.?))"
        + "(?:[ \\u00A0]+(?:de[ \\u00A0]+)?(?<year>\\d{4}))?)?"
        + "[ \\u00A0]*\\((?<agency>[\\p{L}][^()\\n]{0,40})\\)[ \\u00A0]*(?:[-—–:]+|\\.)");
  }

  /** "BROSSARD, Qc —": a place in capitals, maybe its province, and a dash, with no agency or date. */
  private static final Pattern PLACE_ONLY = Pattern.compile("\\A(?<loc>\\p{Lu}{2}[\\p{Lu}.'’-]*(?: \\p{Lu}{2}[\\p{Lu}.'’-]*){0,3})"
      + "(?:,[ \\u00A0]*\\p{Lu}[\\p{L}.]{1,12})?[ \\u00A0]+[—–][ \\u00A0]");
  /** "Düsseldorf. Der Stahlkonzern …": the newspaper's own dateline, a place and a full stop before an article. */
  private static final Pattern PLACE_STOP = Pattern.compile("\\A(?<loc>\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)*)\\.[ \\u00A0]+(?<next>\\p{Lu}\\p{Ll}*) ");

  @Override
  public Dateline parse(String text, int start, int end, LocalDate reference) {
    Matcher m = pattern.matcher(text).region(start, end);
    if (!m.lookingAt()) return placeOnly(text, start, end);
    String date = null;
    if (m.group("day") != null) {
      Integer month = month(m.group("month"));
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

  private Dateline placeOnly(String text, int start, int end) {
    Matcher m = PLACE_ONLY.matcher(text).region(start, end);
    if (m.lookingAt()) return new Dateline(place(m.group("loc")), null, null, start, m.end());
    // only where papers write it so (German dailies), and only before an article opening the first sentence
    m = PLACE_STOP.matcher(text).region(start, end);
    if (profile.placeStop() && m.lookingAt() && profile.determiners().contains(LanguageProfile.lower(m.group("next")))) {
      return new Dateline(m.group("loc"), null, null, start, m.start("next"));
    }
    return null;
  }

  /**
   * The number of a month written in full, or cut short to its first letters ("sept.", "dic", "janv."):
   * the number every month name of the profile that starts with them shares; null when none or several.
   */
  Integer month(String written) {
    String w = written.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
    Integer full = profile.months().get(w);
    if (full != null || w.length() < 3) return full;
    Integer found = null;
    for (Map.Entry<String, Integer> e : profile.months().entrySet()) {
      if (!e.getKey().startsWith(w)) continue;
      if (found != null && !found.equals(e.getValue())) return null;
      found = e.getValue();
    }
    return found;
  }

  /**
   * "PARIS" → "Paris", "SAN SEBASTIÁN" → "San Sebastián", "LAS PALMAS DE GRAN CANARIA" → "Las Palmas de Gran
   * Canaria": words in capitals only are recased, the profile's small place words after the first in lower case.
   */
  String place(String loc) {
    if (!loc.equals(loc.toUpperCase(Locale.ROOT))) return loc;
    StringBuilder sb = new StringBuilder();
    int wordStart = 0;
    for (int i = 0; i <= loc.length(); i++) {
      if (i < loc.length() && " -/'".indexOf(loc.charAt(i)) < 0) continue;
      String word = loc.substring(wordStart, i).toLowerCase(Locale.ROOT);
      boolean small = wordStart > 0 && profile.placeWords().contains(word);
      sb.append(small || word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
      if (i < loc.length()) sb.append(loc.charAt(i));
      wordStart = i + 1;
    }
    return sb.toString();
  }
}
