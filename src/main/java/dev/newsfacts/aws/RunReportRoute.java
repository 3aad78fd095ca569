package dev.newsfacts.aws;

import dev.newsfacts.logging.JsonLines;
import dev.newsfacts.run.RunCounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacts.json.ResultJson;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The last step of a rerun: the Distributed Map wrote its children's outputs to the output bucket
 * (ResultWriter); this adds up their counts and writes {@code summary.json} beside the manifest.
 * Input: the Map state's output, {@code {"ResultWriterDetails": {"Bucket", "Key"}}}.
 */
final class RunReportRoute {
  record Request(@JsonProperty("ResultWriterDetails") Location details) {}

  record Location(@JsonProperty("Bucket") String bucket, @JsonProperty("Key") String key) {}

  record Manifest(@JsonProperty("ResultFiles") ResultFiles files) {}

  record ResultFiles(@JsonProperty("SUCCEEDED") List<FileRef> succeeded, @JsonProperty("FAILED") List<FileRef> failed,
                     @JsonProperty("PENDING") List<FileRef> pending) {}

  record FileRef(@JsonProperty("Key") String key) {}

  /**
   * @param failedBatches child executions that failed even after retries: their items have no
   *     new document, and the next run (without force) processes them
   */
  record Summary(String manifest, long processed, long skipped, long failed, long refused, long failedBatches,
                 long batches) {}

  private final S3Client s3;

  RunReportRoute(S3Client s3) {
    this.s3 = s3;
  }

  Summary handle(Request request, RequestLog log) {
    Location at = request.details();
    Manifest manifest = Payloads.read(get(at.bucket(), at.key()), Manifest.class);
    RunCounts total = RunCounts.ZERO;
    long batches = 0;
    for (FileRef f : nullSafe(manifest.files().succeeded())) {
      for (JsonNode child : readArray(at.bucket(), f.key())) {
        batches++;
        MapBatchRoute.Result r = Payloads.read(parse(child.path("Output").asText()), MapBatchRoute.Result.class);
        total = total.plus(new RunCounts(r.processed(), r.skipped(), r.failed(), r.refused(), 0));
      }
    }
    long failedBatches = 0;
    for (FileRef f : nullSafe(manifest.files().failed())) failedBatches += readArray(at.bucket(), f.key()).size();
    Summary s = new Summary(at.key(), total.processed(), total.skipped(), total.failed(), total.refused(),
        failedBatches, batches + failedBatches);
    String key = at.key().substring(0, at.key().lastIndexOf('/') + 1) + "summary.json";
    try {
      s3.putObject(b -> b.bucket(at.bucket()).key(key).contentType("application/json"),
          RequestBody.fromBytes(ResultJson.toBytes(s)));
    } catch (SdkException e) {
      throw new S3UnavailableException("cannot write the run summary s3://" + at.bucket() + "/" + key, e);
    }
    log.line(JsonLines.toLine(s));
    return s;
  }

  private byte[] get(String bucket, String key) {
    try {
      return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
    } catch (SdkException e) {
      throw new S3UnavailableException("cannot read the run report s3://" + bucket + "/" + key, e);
    }
  }

  private JsonNode readArray(String bucket, String key) {
    JsonNode n = parse(new String(get(bucket, key), java.nio.charset.StandardCharsets.UTF_8));
    if (!n.isArray()) throw new IllegalArgumentException("s3://" + bucket + "/" + key + " is not a result file");
    return n;
  }

  private static JsonNode parse(String json) {
    try {
      return ResultJson.mapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
  }

  private static <T> List<T> nullSafe(List<T> l) {
    return l == null ? List.of() : l;
  }
}
