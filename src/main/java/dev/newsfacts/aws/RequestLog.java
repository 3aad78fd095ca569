package dev.newsfacts.aws;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import dev.newsfacts.ops.EmfWriter;
import dev.newsfacts.ops.InvocationMetrics;
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
      line(ArticleLog.line(new ExtractHandler.RetryLog(requestId, item.ref().bucket(), item.ref().key(), "retry",
          item.failure().getMessage())));
    } else {
      Metrics.add(metrics, item.report());
      line(ArticleLog.of(requestId, item.report()).toJson());
    }
  }

  void counts(RunCounts c) {
    line(ArticleLog.line(new CountsLog(requestId, "batch", c)));
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
