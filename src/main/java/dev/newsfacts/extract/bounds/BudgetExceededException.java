package dev.newsfacts.extract.bounds;

import java.time.Duration;

/** An article's time budget is spent; the facade turns this into a {@code TIMEOUT} error document. */
public final class BudgetExceededException extends RuntimeException {
  private final Duration budget;

  public BudgetExceededException(Duration budget, Duration elapsed) {
    super("extraction stopped after " + elapsed.toMillis() + " ms, over the budget of " + budget.toMillis() + " ms",
        null, false, false);
    this.budget = budget;
  }

  public Duration budget() {
    return budget;
  }
}
