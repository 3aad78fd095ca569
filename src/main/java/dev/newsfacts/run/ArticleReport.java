package dev.newsfacts.run;

import dev.newsfacts.model.Counts;
import dev.newsfacts.model.SourceRef;

/**
 * One article's outcome with counts and timings: returned to callers and logged as one JSON line.
 * Never holds article text.
 *
 * @param origin where the article is (bucket and key, or path)
 * @param written where its document went, or null when nothing was written
 * @param errorCode the error document's code, or null; for a skipped article, the code of the error
 *     document kept, when the store says
 * @param errorMessage the error document's message (it never quotes the article), or null
 * @param kind what the bytes looked like (text, html, binary), or null when they were not read
 * @param bytes the input's size, or -1 when unknown
 * @param counts paragraphs, sentences and tokens of a result, else null
 */
public record ArticleReport(
    SourceRef origin, ArticleOutcome outcome, String written, String errorCode, String errorMessage, String kind,
    long bytes, Counts counts, int quotes, int entities, double readMs, double extractMs, double writeMs) {

  static ArticleReport refused(Article a) {
    return new ArticleReport(a.origin(), ArticleOutcome.REFUSED, null, null, null, null, -1, null, 0, 0, 0, 0, 0);
  }

  public String bucket() {
    return origin.bucket();
  }

  public String key() {
    return origin.key();
  }

  public String path() {
    return origin.path();
  }

  /** An error document: written now, or kept as it was (skipped, when the store says). */
  public boolean error() {
    return errorCode != null;
  }
}
