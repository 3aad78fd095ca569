package dev.newsfacts.model;

/** A figure with what it counts, when, where and according to whom. */
public record StatisticFact(
    String id, String text, int start, int end, Quantity quantity, Period period, String location,
    Attribution attribution) implements Fact {
  @Override
  public String kind() {
    return "statistic";
  }
}
