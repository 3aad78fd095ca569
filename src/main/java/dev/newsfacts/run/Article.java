package dev.newsfacts.run;

import dev.newsfacts.model.SourceRef;

/** One article a source names, not read yet. */
public interface Article {
  /** What its result is named after: the path relative to the input folder, or the S3 key. */
  String name();

  /** Where it is, as far as known before reading (no size yet): for reports and log lines. */
  SourceRef origin();

  /**
   * Reads it, within the source's size bound.
   *
   * @throws UnavailableException when the source failed, not the article (the caller retries or stops)
   */
  Read read();
}
