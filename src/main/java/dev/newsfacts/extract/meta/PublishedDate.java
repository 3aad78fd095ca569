package dev.newsfacts.extract.meta;

import dev.newsfacts.extract.text.Declared.DateClaim;
import dev.newsfacts.extract.text.WhiteSpace;
import java.time.LocalDate;
import java.util.List;

/**
 * The publication date chosen from every place that gives one, and the notes that say where it came
 * from and which claims were no dates. A claim that is no date is never used, and never silently dropped.
 *
 * @param date the date, or null
 * @param from where it came from, or null
 */
record PublishedDate(LocalDate date, String from) {
  static final PublishedDate NONE = new PublishedDate(null, null);

  /** The first claim that is a date; a note for each one before it that is not. */
  static PublishedDate first(List<DateClaim> claims, List<String> notes) {
    for (DateClaim c : claims) {
      LocalDate d = DeclaredDate.parse(c.value());
      if (d != null) return new PublishedDate(d, c.from());
      notes.add(c.from() + " \"" + shorten(c.value()) + "\" is not a date: ignored");
    }
    return NONE;
  }

  private static String shorten(String s) {
    String one = WhiteSpace.collapse(s.strip());
    return one.length() > 40 ? one.substring(0, 40) + "…" : one;
  }
}
