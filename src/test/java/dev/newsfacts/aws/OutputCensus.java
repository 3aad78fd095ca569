package dev.newsfacts.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacts.SchemaAssert;
import dev.newsfacts.extract.ContentHash;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * What a run left in the output bucket, input by input: every input should have exactly one
 * document (result or error), valid against the schema, made from the whole input (its
 * contentSha256 is the stored object's).
 *
 * @param lost inputs with no document at all
 * @param duplicates inputs with both a result and an error document
 * @param fromPartialRead documents whose contentSha256 is not the input's: made from a short read
 */
public record OutputCensus(int objects, int results, int errors, int lost, int duplicates, int fromPartialRead) {

  /**
   * Reads the output bucket straight from S3 (not through a faulty proxy).
   *
   * @param inputs input key to its bytes' SHA-256
   */
  public static OutputCensus take(S3Client s3, String outputBucket, Map<String, String> inputs) {
    ResultKeys keys = new ResultKeys(outputBucket, AwsConfig.DEFAULT_RESULT_PREFIX);
    Set<String> stored = new HashSet<>();
    for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(outputBucket).prefix(AwsConfig.DEFAULT_RESULT_PREFIX)).contents()) {
      stored.add(o.key());
    }
    int results = 0;
    int errors = 0;
    int lost = 0;
    int duplicates = 0;
    int partial = 0;
    for (Map.Entry<String, String> in : inputs.entrySet()) {
      boolean result = stored.contains(keys.result(in.getKey()));
      boolean error = stored.contains(keys.error(in.getKey()));
      if (result && error) duplicates++;
      if (!result && !error) {
        lost++;
        continue;
      }
      String docKey = result ? keys.result(in.getKey()) : keys.error(in.getKey());
      JsonNode doc = SchemaAssert.assertValid(s3.getObjectAsBytes(b -> b.bucket(outputBucket).key(docKey)).asByteArray());
      JsonNode sha = doc.path("contentSha256");
      if (!sha.isNull() && !sha.isMissingNode() && !sha.asText().equals(in.getValue())) partial++;
      if (result) results++;
      else errors++;
    }
    return new OutputCensus(inputs.size(), results, errors, lost, duplicates, partial);
  }

  /** The run's summary line, as the README quotes it. */
  public String line(FaultyS3 proxy, double seconds) {
    return String.format(java.util.Locale.ROOT,
        "faults: injected=%d requests=%d objects=%d results=%d errors=%d lost=%d duplicates=%d seconds=%.1f",
        proxy.injected(), proxy.requests(), objects, results, errors, lost, duplicates, seconds);
  }

  private static final java.util.regex.Pattern SUMMARY = java.util.regex.Pattern.compile(
      "faults: injected=(\\d+) requests=(\\d+) objects=(\\d+) results=(\\d+) errors=(\\d+) lost=0 duplicates=0"
          + " seconds=[0-9.]+");

  /** Checks a printed summary line: every one of the objects has one document, none lost, none doubled. */
  public static void assertSummary(String line, int objects) {
    java.util.regex.Matcher m = SUMMARY.matcher(line);
    org.junit.jupiter.api.Assertions.assertTrue(m.matches(), "summary line: " + line);
    org.junit.jupiter.api.Assertions.assertEquals(objects, Integer.parseInt(m.group(3)), line);
    org.junit.jupiter.api.Assertions.assertEquals(objects, Integer.parseInt(m.group(4)) + Integer.parseInt(m.group(5)),
        "results + errors: " + line);
  }

  /** Which faults, how many short reads were served, and how many documents came from one. */
  public String detail(FaultyS3 proxy) {
    return "faults: by kind " + proxy.injectedByKind() + "; short bodies served=" + proxy.shortenedPaths().size()
        + ", documents from a short read=" + fromPartialRead;
  }

  public static String sha256(byte[] bytes) {
    return ContentHash.sha256(bytes);
  }
}
