package dev.newsfacts.extract.facts;

import dev.newsfacts.model.Quantity;

/**
 * "Health care added 48,000 jobs and construction 21,000", "killed at least 83 people and forced more than 120,000
 * from their homes": a bare whole number after a count of the same sentence counts the same thing.
 */
final class BareCounts {
  private BareCounts() {}

  static boolean continues(Quantity before, Figure f) {
    return !f.share() && f.currency() == null && f.measure() == null && before.value() >= 1
        && before.value() == Math.rint(before.value()) && f.value() == Math.rint(f.value()) && f.value() >= 10
        && !before.unit().contains("(") && !CurrencySigns.namesCurrency(before.unit());
  }
}
