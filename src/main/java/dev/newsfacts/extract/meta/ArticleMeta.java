package dev.newsfacts.extract.meta;

import dev.newsfacts.model.Dateline;
import java.time.LocalDate;
import java.util.List;

/**
 * What the metadata step found; {@code referenceDate} (dateline date, else published date) is what
 * relative dates in the text are resolved against, null when the article gives neither; {@code notes} say
 * where the published date came from and which declared dates were no dates.
 */
public record ArticleMeta(String title, Dateline dateline, String publishedDate, String language,
    LocalDate referenceDate, List<String> notes) {
  public ArticleMeta {
    notes = List.copyOf(notes);
  }
}
