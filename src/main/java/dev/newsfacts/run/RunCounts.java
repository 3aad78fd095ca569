package dev.newsfacts.run;

import java.util.List;

/**
 * How many objects a batch or a whole run processed, skipped or failed. {@code failed} counts
 * error documents (bad articles); {@code unavailable} counts S3 failures, which are retried.
 */
public record RunCounts(long processed, long skipped, long failed, long refused, long unavailable) {
  public static final RunCounts ZERO = new RunCounts(0, 0, 0, 0, 0);

  public static RunCounts of(List<BatchRunner.Item> items) {
    long p = 0, s = 0, f = 0, r = 0, u = 0;
    for (BatchRunner.Item i : items) {
      if (i.failure() != null) {
        u++;
        continue;
      }
      switch (i.report().outcome()) {
        case RESULT -> p++;
        case SKIPPED -> s++;
        case ERROR -> f++;
        case REFUSED -> r++;
      }
    }
    return new RunCounts(p, s, f, r, u);
  }

  public RunCounts plus(RunCounts o) {
    return new RunCounts(processed + o.processed, skipped + o.skipped, failed + o.failed, refused + o.refused,
        unavailable + o.unavailable);
  }

  public long total() {
    return processed + skipped + failed + refused + unavailable;
  }
}
