package dev.newsfacts.aws;

import dev.newsfacts.run.ArticleOutcome;

/** The rerun vocabulary of the batch answers: processed / skipped / failed (an error document) / refused. */
final class RerunOutcome {
  private RerunOutcome() {}

  static String of(ArticleOutcome o) {
    return switch (o) {
      case RESULT -> "processed";
      case SKIPPED -> "skipped";
      case ERROR -> "failed";
      case REFUSED -> "refused";
    };
  }
}
