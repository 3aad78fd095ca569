package dev.newsfacts.aws;

/** The rerun vocabulary of issue 5: processed / skipped / failed (an error document) / refused. */
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
