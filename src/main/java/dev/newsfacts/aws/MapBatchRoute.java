package dev.newsfacts.aws;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.newsfacts.run.BatchRunner;
import dev.newsfacts.run.RunCounts;
import java.util.ArrayList;
import java.util.List;

/**
 * A Step Functions Distributed Map batch: {@code {"Items": [ListObjectsV2 entries], "BatchInput":
 * {"bucket", "force"}}}. Answers with counts and one outcome per item; an S3 failure fails the
 * batch so the state machine retries it (items already done are then skipped as unchanged).
 */
final class MapBatchRoute {
  record Batch(@JsonProperty("Items") List<Item> items, @JsonProperty("BatchInput") Input input) {}

  record Item(@JsonProperty("Key") String key, @JsonProperty("Size") long size, @JsonProperty("Etag") String eTag) {}

  record Input(String bucket, boolean force) {}

  record ItemResult(String key, String outcome, String errorCode) {}

  record Result(String bucket, long processed, long skipped, long failed, long refused, List<ItemResult> items) {}

  private final BatchRunner runner;
  private final Pipeline pipeline;

  MapBatchRoute(BatchRunner runner, Pipeline pipeline) {
    this.runner = runner;
    this.pipeline = pipeline;
  }

  Result handle(Batch batch, RequestLog log) {
    if (batch.input() == null || batch.input().bucket() == null) {
      throw new IllegalArgumentException("the batch has no BatchInput.bucket: set it in the Map's ItemBatcher");
    }
    String bucket = batch.input().bucket();
    List<ObjectRef> refs = new ArrayList<>();
    for (Item i : batch.items() == null ? List.<Item>of() : batch.items()) refs.add(new ObjectRef(bucket, i.key()));
    List<BatchRunner.Item> done = runner.run(pipeline.objects(refs).list(), !batch.input().force(), log::item);
    RunCounts c = RunCounts.of(done);
    log.counts(c);
    if (c.unavailable() > 0) {
      var first = done.stream().filter(i -> i.failure() != null).findFirst().orElseThrow().failure();
      throw new S3UnavailableException(c.unavailable() + " of " + refs.size() + " items hit an S3 failure; the batch is retried", first);
    }
    List<ItemResult> items = new ArrayList<>();
    for (BatchRunner.Item i : done) {
      items.add(new ItemResult(i.article().name(), RerunOutcome.of(i.report().outcome()), i.report().errorCode()));
    }
    return new Result(bucket, c.processed(), c.skipped(), c.failed(), c.refused(), items);
  }
}
