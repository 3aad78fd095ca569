package dev.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Article-level metadata; {@code text} is present only when the offsets cannot index the
 * input bytes as UTF-8 (HTML, or another charset), and then they index it.
 *
 * @param encoding the charset the input was read with, when it was not UTF-8
 * @param notes what reading the input had to do that a reader should know (charset
 *     fallback, truncation, HTML extraction), in a fixed order; absent when empty
 */
public record ArticleInfo(
    String title,
    Dateline dateline,
    String publishedDate,
    String language,
    Counts counts,
    @JsonInclude(JsonInclude.Include.NON_NULL) String encoding,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notes,
    @JsonInclude(JsonInclude.Include.NON_NULL) String text) {

  public ArticleInfo {
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** Plain UTF-8 input read whole: no encoding, no notes. */
  public ArticleInfo(String title, Dateline dateline, String publishedDate, String language, Counts counts, String text) {
    this(title, dateline, publishedDate, language, counts, null, List.of(), text);
  }
}
