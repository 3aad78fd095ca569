package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A figure credited to unnamed officials or a report takes the body the next sentence names. */
class UnnamedSayersNamedNextTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void countyOfficialsAreTheDepartmentNamedNext() {
    StatisticFact s = StatisticOf.value(extractor, """
        Overdoses rise again

        Overdose deaths in the county are running 15 percent ahead of last year, county health officials said on \
        Monday.

        The Harlow County Health Department has confirmed 88 deaths so far this year.
        """, 0.15);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("Harlow County Health Department", s.attribution().name());
  }

  @Test
  void aCouncilReportIsTheCouncilNamedNext() {
    StatisticFact s = StatisticOf.value(extractor, """
        Bridge repairs

        The cost of repairing the town's bridges has risen to £48m, a council report has found.

        Figures presented to Westmoor Borough Council's cabinet on Tuesday show repair requests rose by 31% last year.
        """, 48e6);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("Westmoor Borough Council", s.attribution().name());
  }

  @Test
  void stateAuthoritiesSayingAFigureCreditUnnamedSayers() {
    assertTrue(UnnamedSayersNamedNext.credits("About 3,400 homes lost power overnight, state authorities said."));
  }

  @Test
  void aNamedBodySayingAFigureIsNoUnnamedSayer() {
    assertFalse(UnnamedSayersNamedNext.credits("About 3,400 homes lost power overnight, Harbour Power said."));
  }
}
