package dev.newsfacts.model;

/** A statistic, a role or a dated event; each record serialises its own {@code kind}. */
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"id", "kind"})
public sealed interface Fact permits StatisticFact, RoleFact, EventFact {
  String id();

  // not a record component, so Jackson would leave it out without this: the contract requires it
  @com.fasterxml.jackson.annotation.JsonProperty("kind")
  String kind();

  int start();

  int end();
}
