package dev.newsfacts.aws;

import dev.newsfacts.extract.ExtractorOptions;
import java.net.URI;
import java.util.Map;

/**
 * The adapter's settings, read from the environment once per container.
 *
 * @param outputBucket where results go ({@code OUTPUT_BUCKET}, required)
 * @param resultPrefix key prefix of every result ({@code RESULT_PREFIX}, default {@code results/})
 * @param maxInputBytes larger inputs get a {@code TOO_LARGE} error document unread ({@code MAX_INPUT_BYTES})
 * @param endpoint an S3-compatible endpoint ({@code AWS_ENDPOINT_URL_S3}); null means AWS itself
 * @param region the region ({@code AWS_REGION}); null lets the SDK find it
 * @param reviewPages also write an HTML review page next to each result ({@code REVIEW_PAGES=true}, default false)
 */
public record AwsConfig(String outputBucket, String resultPrefix, long maxInputBytes, URI endpoint, String region,
                        boolean reviewPages) {
  public static final String DEFAULT_RESULT_PREFIX = "results/";
  /** 5 MiB: a long feature is ~100 KB of text; anything near this is not a news article. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 5L * 1024 * 1024;

  public AwsConfig {
    if (outputBucket == null || outputBucket.isBlank()) {
      throw new IllegalArgumentException("OUTPUT_BUCKET is not set: the function needs a bucket to write results to");
    }
    if (resultPrefix == null || resultPrefix.isEmpty()) {
      // An empty prefix would make every key of the output bucket look like a result,
      // and leaves no safe place to refuse self-triggering writes.
      throw new IllegalArgumentException("RESULT_PREFIX must not be empty");
    }
    if (maxInputBytes < 1 || maxInputBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("MAX_INPUT_BYTES must be between 1 and " + (Integer.MAX_VALUE - 8));
    }
  }

  /** Without review pages (the default). */
  public AwsConfig(String outputBucket, String resultPrefix, long maxInputBytes, URI endpoint, String region) {
    this(outputBucket, resultPrefix, maxInputBytes, endpoint, region, false);
  }

  /** Reads the settings from an environment map ({@code System.getenv()} in production). */
  public static AwsConfig fromEnv(Map<String, String> env) {
    String prefix = env.getOrDefault("RESULT_PREFIX", DEFAULT_RESULT_PREFIX);
    String max = env.get("MAX_INPUT_BYTES");
    long maxBytes;
    try {
      maxBytes = max == null || max.isBlank() ? DEFAULT_MAX_INPUT_BYTES : Long.parseLong(max.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("MAX_INPUT_BYTES must be a whole number of bytes, not '" + max + "'");
    }
    String endpoint = env.get("AWS_ENDPOINT_URL_S3");
    return new AwsConfig(env.get("OUTPUT_BUCKET"), prefix, maxBytes,
        endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint.trim()), env.get("AWS_REGION"),
        "true".equalsIgnoreCase(env.getOrDefault("REVIEW_PAGES", "false").trim()));
  }

  public AwsConfig withEndpoint(URI newEndpoint) {
    return new AwsConfig(outputBucket, resultPrefix, maxInputBytes, newEndpoint, region, reviewPages);
  }

  /**
   * The extractor's bounds for this function: its own MAX_INPUT_BYTES, so that an object small
   * enough to be downloaded is also small enough to be extracted.
   */
  public ExtractorOptions extractorOptions() {
    return ExtractorOptions.defaults().withMaxBytes(maxInputBytes);
  }

  public AwsConfig withReviewPages(boolean on) {
    return new AwsConfig(outputBucket, resultPrefix, maxInputBytes, endpoint, region, on);
  }
}
