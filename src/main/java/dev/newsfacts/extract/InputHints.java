package dev.newsfacts.extract;

import java.time.LocalDate;

/**
 * What an adapter knows about an article outside its bytes. Values are as the adapter received
 * them (S3 metadata is free text): the meta step checks the date and says where it came from.
 *
 * @param published a publication date as written, or null
 * @param publishedFrom where it came from ("S3 metadata x-amz-meta-published", "--published-date")
 * @param title a title, or null
 * @param fallback true when the date only stands in for articles that carry none of their own
 *     (a CLI default for a whole folder); false when it describes this one article (S3 metadata),
 *     so it outranks dates guessed from the text
 */
public record InputHints(String published, String publishedFrom, String title, boolean fallback) {
  public static final InputHints NONE = new InputHints(null, null, null, true);

  /** The date given on the command line for every input that carries none. */
  public static InputHints defaultDate(LocalDate date) {
    return new InputHints(date == null ? null : date.toString(), "--published-date", null, true);
  }

  /** S3 object metadata of this article: x-amz-meta-published and x-amz-meta-title, either may be null. */
  public static InputHints objectMetadata(String published, String title) {
    return new InputHints(published, "S3 metadata x-amz-meta-published", title, false);
  }
}
