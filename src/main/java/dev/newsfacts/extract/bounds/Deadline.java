package dev.newsfacts.extract.bounds;

import java.time.Duration;

/**
 * The moment one article's extraction must give up. Checked cooperatively between steps and
 * inside the long loops (every sentence, every few thousand token look-ups): Java cannot
 * stop a thread from outside, and an abandoned thread would still burn a core that the rest
 * of the batch needs. Not thread-safe; one per article.
 */
public final class Deadline {
  private static final Deadline NONE = new Deadline(Long.MAX_VALUE, null);

  private final long startNanos;
  private final long endNanos;
  private final Duration budget;

  private Deadline(long startNanos, Duration budget) {
    this.startNanos = startNanos;
    this.budget = budget;
    this.endNanos = budget == null ? Long.MAX_VALUE : startNanos + budget.toNanos();
  }

  /** A deadline {@code budget} from now. */
  public static Deadline after(Duration budget) {
    return new Deadline(System.nanoTime(), budget);
  }

  /** No limit: for tools and tests that measure the core itself. */
  public static Deadline none() {
    return NONE;
  }

  /** Throws {@link BudgetExceededException} once the budget is spent. */
  public void check() {
    if (budget != null && System.nanoTime() - endNanos > 0) {
      throw new BudgetExceededException(budget, Duration.ofNanos(System.nanoTime() - startNanos));
    }
  }
}
