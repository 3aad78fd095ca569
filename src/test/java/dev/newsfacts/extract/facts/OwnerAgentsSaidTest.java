package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "…, the union's lawyers told the court": the organisation its lawyers or officials speak for is the source. */
class OwnerAgentsSaidTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void theLawyersOfTheOrganisationNamedBeforeGiveItsFigures() {
    StatisticFact s = StatisticOf.value(extractor, """
        The Harbour Workers Union sued the port operator in May.

        Each member lost about $1,200 in overtime, the union's lawyers told the court.
        """, 1_200);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("Harbour Workers Union", s.attribution().name());
  }
}
