package dev.newsfacts.extract;

import dev.newsfacts.extract.text.TextDecoder;
import java.time.Duration;

/**
 * Bounds on one article, the same for the CLI and the Lambda.
 *
 * @param maxBytes the largest input read whole; larger ones are {@code TOO_LARGE}
 * @param truncate read the first {@code maxBytes} of a larger input instead (the result notes it)
 * @param timeBudget how long one article may take before it becomes a {@code TIMEOUT} error document
 */
public record ExtractorOptions(long maxBytes, boolean truncate, Duration timeBudget) {
  /** 30 s: a hundred times a long article's extraction time, far under a Lambda's timeout. */
  public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(30);

  public ExtractorOptions {
    if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be positive, not " + maxBytes);
    if (timeBudget == null || timeBudget.isNegative() || timeBudget.isZero()) {
      throw new IllegalArgumentException("timeBudget must be positive, not " + timeBudget);
    }
  }

  public static ExtractorOptions defaults() {
    return new ExtractorOptions(TextDecoder.DEFAULT_MAX_BYTES, false, DEFAULT_TIME_BUDGET);
  }

  public ExtractorOptions withMaxBytes(long bytes) {
    return new ExtractorOptions(bytes, truncate, timeBudget);
  }

  public ExtractorOptions withTruncate(boolean cut) {
    return new ExtractorOptions(maxBytes, cut, timeBudget);
  }

  public ExtractorOptions withTimeBudget(Duration budget) {
    return new ExtractorOptions(maxBytes, truncate, budget);
  }
}
