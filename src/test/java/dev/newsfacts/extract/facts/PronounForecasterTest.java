package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.StatisticFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure "he expects" is the forecast of the person named just before. */
class PronounForecasterTest {
  private static List<String> sources(String body) {
    return FactsOnNewsFixture.facts(FactsOnNewsFixture.run(body, "2026-06-10"), StatisticFact.class).stream()
        .map(f -> f.attribution() == null ? "none" : f.attribution().name()).toList();
  }

  @Test
  void aPronounThatExpectsAFigureStandsForThePersonNamedBefore() {
    assertEquals(List.of("Greg Walsh"), sources(
        "Greg Walsh has run the family bakery in Dayton since 2004. He expects flour prices to rise 4% next year."));
  }

  @Test
  void aPronounWithNoPersonNamedBeforeGivesNoSource() {
    assertEquals(List.of("none"), sources("Flour has become dearer. He expects flour prices to rise 4% next year."));
  }
}
