package dev.newsfacts.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacts.json.ResultJson;
import dev.newsfacts.ops.EmfWriter;
import dev.newsfacts.ops.InvocationMetrics;
import dev.newsfacts.run.BatchRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import org.crac.Core;
import org.crac.Resource;

/**
 * The Lambda entry point for reruns, over the same pipeline as {@link ExtractHandler}.
 * It tells its three payloads apart by their top-level field:
 * <ul>
 *   <li>{@code Items}: a Step Functions Distributed Map batch ({@link MapBatchRoute});</li>
 *   <li>{@code tasks}: an S3 Batch Operations job's tasks ({@link BatchOperationsRoute});</li>
 *   <li>{@code ResultWriterDetails}: the Map's report, to add up ({@link RunReportRoute}).</li>
 * </ul>
 * A stream handler, because these payloads use AWS's capitalised names, which our records map
 * explicitly with the project's one JSON mapper.
 */
public final class RerunHandler implements RequestStreamHandler, Resource {
  /** Threads per invocation: S3 round trips overlap with extraction (WORKERS, default 2). */
  static final int DEFAULT_WORKERS = 2;
  private final Pipeline pipeline;
  private final MapBatchRoute mapBatch;
  private final BatchOperationsRoute batchOperations;
  private final RunReportRoute runReport;
  private final String metricsNamespace;
  private final Clock clock;

  public RerunHandler() {
    this(Pipeline.create(AwsConfig.fromEnv(System.getenv())), workers(System.getenv("WORKERS")),
        EmfWriter.namespace(System.getenv()), Clock.systemUTC());
  }

  public RerunHandler(Pipeline pipeline, int workers) {
    this(pipeline, workers, InvocationMetrics.DEFAULT_NAMESPACE, Clock.systemUTC());
  }

  /** @param clock stamps the metrics document of each batch (a fixed clock in tests) */
  public RerunHandler(Pipeline pipeline, int workers, String metricsNamespace, Clock clock) {
    this.pipeline = pipeline;
    this.metricsNamespace = metricsNamespace;
    this.clock = clock;
    BatchRunner runner = new BatchRunner(pipeline.runner(), workers);
    this.mapBatch = new MapBatchRoute(runner, pipeline);
    this.batchOperations = new BatchOperationsRoute(runner, pipeline);
    this.runReport = new RunReportRoute(pipeline.s3());
    Core.getGlobalContext().register(this);
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    JsonNode payload = ResultJson.mapper().readTree(input);
    output.write(ResultJson.toBytes(handle(payload, context)));
  }

  /** The answer for one payload, as a record the mapper writes. */
  public Object handle(JsonNode payload, Context context) {
    RequestLog log = new RequestLog(context == null ? "local" : context.getAwsRequestId(),
        context == null ? null : context.getLogger());
    long t0 = System.nanoTime();
    String function = context == null || context.getFunctionName() == null ? "local" : context.getFunctionName();
    EventKind kind = EventKind.of(payload);
    if (kind == EventKind.MAP_BATCH) {
      try {
        return mapBatch.handle(Payloads.read(payload, MapBatchRoute.Batch.class), log);
      } finally {
        log.metrics(metricsNamespace, function, clock.millis(), (System.nanoTime() - t0) / 1e6);
      }
    }
    if (kind == EventKind.BATCH_OPERATIONS) {
      try {
        return batchOperations.handle(Payloads.read(payload, BatchOperationsRoute.Event.class), log);
      } finally {
        log.metrics(metricsNamespace, function, clock.millis(), (System.nanoTime() - t0) / 1e6);
      }
    }
    if (kind == EventKind.RUN_REPORT) {
      return runReport.handle(Payloads.read(payload, RunReportRoute.Request.class), log);
    }
    throw new IllegalArgumentException("unknown payload, " + kind.description() + ": expected Items (Distributed Map),"
        + " tasks (S3 Batch Operations) or ResultWriterDetails (run report)"
        + (kind.handler() == null ? "" : "; " + kind.handler() + " takes this one"));
  }

  @Override
  public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
    pipeline.prime();
  }

  @Override
  public void afterRestore(org.crac.Context<? extends Resource> context) {
    // nothing captured at init depends on time, randomness or credentials
  }

  static int workers(String value) {
    if (value == null || value.isBlank()) return DEFAULT_WORKERS;
    try {
      return Math.max(1, Integer.parseInt(value.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("WORKERS must be a whole number, not '" + value + "'");
    }
  }
}
