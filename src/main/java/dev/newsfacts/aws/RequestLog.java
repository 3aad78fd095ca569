package dev.newsfacts.aws;

import com.amazonaws.services.lambda.runtime.LambdaLogger;

/** JSON log lines of one invocation of the rerun handler: one per item, one with the counts. */
final class RequestLog {
  private final String requestId;
  private final LambdaLogger logger;

  RequestLog(String requestId, LambdaLogger logger) {
    this.requestId = requestId;
    this.logger = logger;
  }

  synchronized void item(BatchRunner.Item item) {
    if (item.failure() != null) {
      line(ArticleLog.line(new ExtractHandler.RetryLog(requestId, item.ref().bucket(), item.ref().key(), "retry",
          item.failure().getMessage())));
    } else {
      line(ArticleLog.of(requestId, item.report()).toJson());
    }
  }

  void counts(RunCounts c) {
    line(ArticleLog.line(new CountsLog(requestId, "batch", c)));
  }

  synchronized void line(String json) {
    if (logger != null) logger.log(json + "\n");
  }

  record CountsLog(String requestId, String outcome, RunCounts counts) {}
}
