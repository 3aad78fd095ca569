package dev.newsfacts.extract;

import dev.newsfacts.model.SourceRef;

/**
 * One article as it arrived: its bytes, where it came from, and what the adapter knows about it
 * besides (S3 object metadata, a CLI reference date). The adapters (CLI, Lambda) build these;
 * the core never touches files or buckets.
 */
public record ArticleInput(byte[] bytes, SourceRef source, InputHints hints) {
  public ArticleInput {
    hints = hints == null ? InputHints.NONE : hints;
  }

  public ArticleInput(byte[] bytes, SourceRef source) {
    this(bytes, source, InputHints.NONE);
  }
}
