package dev.newsfacts.aws;

import dev.newsfacts.ops.InvocationMetrics;
import dev.newsfacts.run.ArticleReport;

/** Maps an article's report onto the invocation's metrics (the ops package knows nothing of S3). */
final class Metrics {
  private Metrics() {}

  static void add(InvocationMetrics m, ArticleReport r) {
    switch (r.outcome()) {
      case RESULT -> m.result(r.quotes());
      case ERROR -> m.error(r.errorCode());
      case SKIPPED -> m.skipped();
      case REFUSED -> { } // our own output: not an article, not an error
    }
  }
}
