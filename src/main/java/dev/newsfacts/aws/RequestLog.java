package dev.newsfacts.aws;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import dev.newsfacts.logging.ArticleLog;
import dev.newsfacts.logging.JsonLines;
import dev.newsfacts.ops.EmfWriter;
import dev.newsfacts.ops.InvocationMetrics;
import dev.newsfacts.run.BatchRunner;
import dev.newsfacts.run.RunCounts;
import java.util.Map;

/**
 * JSON log lines of one invocation of the rerun handler: one per item, one with the counts, and
 * one EMF metrics document.
 */
final class RequestLog {
  private final String requestId;
  private final LambdaLogger logger;
  private final InvocationMetrics metrics = new InvocationMetrics();

  RequestLog(String requestId, LambdaLogger logger) {
    this.requestId = requestId;
    this.logger = logger;
  }

  synchronized void item(BatchRunner.Item item) {
    if (item.failure() != null) {
      metrics.retry();
      line(JsonLines.toLine(new ExtractHandler.RetryLog(requestId, item.article().origin().bucket(),
          item.article().name(), "retry",
          item.failure().getMessage())));
    } else {
      Metrics.add(metrics, item.report());
      line(JsonLines.toLine(ArticleLog.of(requestId, item.report())));
    }
  }

  void counts(RunCounts c) {
    line(JsonLines.toLine(new CountsLog(requestId, "batch", c)));
  }

  void metrics(String namespace, String functionName, long timestampMillis, double durationMs) {
    line(EmfWriter.line(metrics.toEmf(namespace, Map.of("FunctionName", functionName),
          Map.of("requestId", requestId), timestampMillis, durationMs)));
  }

  synchronized void line(String json) {
    if (logger != null) logger.log(json + "\n");
  }

  record CountsLog(String requestId, String outcome, RunCounts counts) {}
}
