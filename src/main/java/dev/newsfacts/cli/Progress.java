package dev.newsfacts.cli;

import java.io.PrintStream;

/** A progress line on stderr, at most every two seconds, so long runs show they are alive. */
final class Progress {
  private static final long EVERY_NANOS = 2_000_000_000L;
  private final PrintStream err;
  private final int total;
  private long last = System.nanoTime();
  private int done;

  Progress(PrintStream err, int total) {
    this.err = err;
    this.total = total;
  }

  synchronized void tick() {
    done++;
    long now = System.nanoTime();
    if (now - last >= EVERY_NANOS && done < total) {
      err.printf("extract: %d/%d articles%n", done, total);
      last = now;
    }
  }
}
