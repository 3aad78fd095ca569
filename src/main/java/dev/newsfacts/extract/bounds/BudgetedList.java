package dev.newsfacts.extract.bounds;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A read-only list that checks a {@link Deadline} every few thousand look-ups. Every step of
 * the core walks the article's tokens and sentences through {@code get}, so handing them out
 * as budgeted lists bounds those loops without a deadline parameter in every step.
 */
public final class BudgetedList<T> extends AbstractList<T> implements RandomAccess {
  private static final int CHECK_EVERY = 4096;

  private final List<T> items;
  private final Deadline deadline;
  private int untilCheck = CHECK_EVERY;

  private BudgetedList(List<T> items, Deadline deadline) {
    this.items = items;
    this.deadline = deadline;
  }

  /** {@code items} itself when there is no deadline, so untimed runs pay nothing. */
  public static <T> List<T> of(List<T> items, Deadline deadline) {
    return deadline == Deadline.none() ? items : new BudgetedList<>(items, deadline);
  }

  @Override
  public T get(int index) {
    if (--untilCheck <= 0) {
      untilCheck = CHECK_EVERY;
      deadline.check();
    }
    return items.get(index);
  }

  @Override
  public int size() {
    return items.size();
  }
}
