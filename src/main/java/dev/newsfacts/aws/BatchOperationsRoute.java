package dev.newsfacts.aws;

import dev.newsfacts.run.ArticleReport;
import dev.newsfacts.run.BatchRunner;
import dev.newsfacts.run.RunCounts;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An S3 Batch Operations "invoke Lambda" task list (schema 1.0 or 2.0). Every task gets a result
 * code: an article that got a result or an error document, or was skipped as unchanged, has
 * Succeeded (the job's report says which); an S3 failure is a TemporaryFailure, which S3 retries.
 * {@code force} may be passed as a job user argument (schema 2.0).
 */
final class BatchOperationsRoute {
  record Event(String invocationSchemaVersion, String invocationId, Job job, List<Task> tasks) {}

  record Job(String id, Map<String, String> userArguments) {}

  record Task(String taskId, String s3Key, String s3VersionId, String s3BucketArn, String s3Bucket) {}

  record TaskResult(String taskId, String resultCode, String resultString) {}

  record Response(String invocationSchemaVersion, String treatMissingKeysAs, String invocationId, List<TaskResult> results) {}

  private final BatchRunner runner;
  private final Pipeline pipeline;

  BatchOperationsRoute(BatchRunner runner, Pipeline pipeline) {
    this.runner = runner;
    this.pipeline = pipeline;
  }

  Response handle(Event event, RequestLog log) {
    boolean force = event.job() != null && event.job().userArguments() != null
        && "true".equalsIgnoreCase(event.job().userArguments().get("force"));
    List<ObjectRef> refs = new ArrayList<>();
    for (Task t : event.tasks()) refs.add(new ObjectRef(bucketOf(t), decodeKey(t.s3Key())));
    List<BatchRunner.Item> done = runner.run(pipeline.objects(refs).list(), !force, log::item);
    log.counts(RunCounts.of(done));
    List<TaskResult> results = new ArrayList<>();
    for (int i = 0; i < done.size(); i++) {
      BatchRunner.Item item = done.get(i);
      String taskId = event.tasks().get(i).taskId();
      if (item.failure() != null) {
        results.add(new TaskResult(taskId, "TemporaryFailure", "S3 failure, retry: " + item.failure().getMessage()));
      } else {
        ArticleReport r = item.report();
        String what = RerunOutcome.of(r.outcome()) + (r.errorCode() == null ? "" : " " + r.errorCode())
            + (r.written() == null ? "" : " -> " + r.written());
        results.add(new TaskResult(taskId, "Succeeded", what));
      }
    }
    return new Response(event.invocationSchemaVersion(), "PermanentFailure", event.invocationId(), results);
  }

  private static String bucketOf(Task t) {
    if (t.s3Bucket() != null) return t.s3Bucket();
    String arn = t.s3BucketArn();
    if (arn == null) throw new IllegalArgumentException("task " + t.taskId() + " names no bucket");
    return arn.substring(arn.lastIndexOf(':') + 1);
  }

  /** Batch Operations passes keys URL-encoded, as S3 event notifications do. */
  static String decodeKey(String key) {
    return URLDecoder.decode(key, StandardCharsets.UTF_8);
  }
}
