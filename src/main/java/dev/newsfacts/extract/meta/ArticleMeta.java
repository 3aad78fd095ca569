package dev.newsfacts.extract.meta;

import dev.newsfacts.model.Dateline;
import java.time.LocalDate;

/**
 * What the metadata step found; {@code referenceDate} (dateline date, else published date) is what
 * relative dates in the text are resolved against, null when the article gives neither.
 */
public record ArticleMeta(String title, Dateline dateline, String publishedDate, String language,
    LocalDate referenceDate) {}
