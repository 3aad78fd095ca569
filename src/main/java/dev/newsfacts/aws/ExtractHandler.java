package dev.newsfacts.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import dev.newsfacts.logging.ArticleLog;
import dev.newsfacts.logging.JsonLines;
import dev.newsfacts.ops.EmfWriter;
import dev.newsfacts.ops.InvocationMetrics;
import dev.newsfacts.run.ArticleOutcome;
import dev.newsfacts.run.ArticleReport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crac.Core;
import org.crac.Resource;

/**
 * The Lambda entry point for S3 uploads: every record of the event, one result or error document
 * each. Thin: the pipeline is built once per container (in the constructor) and the work is
 * delegated to the {@link dev.newsfacts.run.ArticleRunner}. A failing S3 call fails the whole invocation after the
 * other records are done, so Lambda retries it and nothing is lost (the retry rewrites identical
 * bytes). SnapStart-ready: a CRaC hook primes the pipeline before the snapshot.
 */
public final class ExtractHandler implements RequestHandler<S3Event, String>, Resource {
  private final Pipeline pipeline;
  private final String metricsNamespace;
  private final Clock clock;

  /** Used by the Lambda runtime: configuration from the environment. */
  public ExtractHandler() {
    this(Pipeline.create(AwsConfig.fromEnv(System.getenv())), EmfWriter.namespace(System.getenv()), Clock.systemUTC());
  }

  public ExtractHandler(Pipeline pipeline) {
    this(pipeline, InvocationMetrics.DEFAULT_NAMESPACE, Clock.systemUTC());
  }

  /** @param clock stamps the invocation's metrics document (a fixed clock in tests) */
  public ExtractHandler(Pipeline pipeline, String metricsNamespace, Clock clock) {
    this.pipeline = pipeline;
    this.metricsNamespace = metricsNamespace;
    this.clock = clock;
    Core.getGlobalContext().register(this);
  }

  @Override
  public String handleRequest(S3Event event, Context context) {
    return JsonLines.toLine(handle(event, context));
  }

  /** The work of {@link #handleRequest}, with the summary as a record (for the local invoke command). */
  public InvocationSummary handle(S3Event event, Context context) {
    long t0 = System.nanoTime();
    InvocationTally tally = new InvocationTally(context);
    List<S3EventNotificationRecord> records = event == null || event.getRecords() == null ? List.of() : event.getRecords();
    List<S3UnavailableException> unavailable = new ArrayList<>();
    for (S3EventNotificationRecord r : records) {
      // keys arrive URL-encoded: '+' is a space, %2B a plus, unicode as UTF-8 percent escapes
      ObjectRef ref = new ObjectRef(r.getS3().getBucket().getName(), r.getS3().getObject().getUrlDecodedKey());
      try {
        tally.add(pipeline.runner().process(pipeline.article(ref), false));
      } catch (S3UnavailableException e) {
        tally.unavailable(ref, e);
        unavailable.add(e);
      }
    }
    InvocationSummary summary = tally.finish();
    // one EMF document per invocation, also when it is about to fail for a retry
    tally.metrics(metricsNamespace, clock.millis(), (System.nanoTime() - t0) / 1e6);
    if (!unavailable.isEmpty()) {
      throw new S3UnavailableException(unavailable.size() + " of " + records.size()
          + " objects hit an S3 failure; failing the invocation so that it is retried", unavailable.get(0));
    }
    return summary;
  }

  @Override
  public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
    pipeline.prime();
  }

  @Override
  public void afterRestore(org.crac.Context<? extends Resource> context) {
    // nothing captured at init depends on time, randomness or credentials: nothing to refresh
  }

  /**
   * Logs each article as one JSON line and adds up the outcomes for the invocation's summary line
   * and its metrics document.
   */
  static final class InvocationTally {
    private final String requestId;
    private final String functionName;
    private final LambdaLogger logger;
    private final InvocationMetrics metrics = new InvocationMetrics();
    private final int[] counts = new int[ArticleOutcome.values().length];
    private int retry;

    InvocationTally(Context context) {
      this.requestId = context == null ? "local" : context.getAwsRequestId();
      this.functionName = context == null || context.getFunctionName() == null ? "local" : context.getFunctionName();
      this.logger = context == null ? null : context.getLogger();
    }

    void add(ArticleReport r) {
      counts[r.outcome().ordinal()]++;
      Metrics.add(metrics, r);
      log(JsonLines.toLine(ArticleLog.of(requestId, r)));
    }

    void unavailable(ObjectRef ref, S3UnavailableException e) {
      retry++;
      metrics.retry();
      log(JsonLines.toLine(new RetryLog(requestId, ref.bucket(), ref.key(), "retry", e.getMessage())));
    }

    InvocationSummary finish() {
      InvocationSummary s = new InvocationSummary(requestId, "invocation", counts[ArticleOutcome.RESULT.ordinal()],
          counts[ArticleOutcome.ERROR.ordinal()], counts[ArticleOutcome.SKIPPED.ordinal()],
          counts[ArticleOutcome.REFUSED.ordinal()], retry);
      log(JsonLines.toLine(s));
      return s;
    }

    void metrics(String namespace, long timestampMillis, double durationMs) {
      log(EmfWriter.line(metrics.toEmf(namespace, Map.of("FunctionName", functionName),
          Map.of("requestId", requestId), timestampMillis, durationMs)));
    }

    private void log(String line) {
      if (logger != null) logger.log(line + "\n");
    }
  }

  /** An object that could not be read or written: the invocation fails and is retried. */
  record RetryLog(String requestId, String bucket, String key, String outcome, String reason) {}
}
