package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A source given by the short form a story defined in brackets is the organisation written out before them. */
class AcronymSourcesTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void anAcronymOrAShortWordIsAShortForm() {
    assertTrue(AcronymSources.shortForm("NDRRMC"));
    assertTrue(AcronymSources.shortForm("Apur"));
  }

  @Test
  void aNameOfTwoWordsOrWithDigitsIsNoShortForm() {
    assertFalse(AcronymSources.shortForm("Rand Water"));
    assertFalse(AcronymSources.shortForm("G7"));
  }

  @Test
  void theShortFormSourceTakesTheLongFormBeforeTheBrackets() {
    StatisticFact s = StatisticOf.value(extractor, """
        The Norland Energy Regulatory Authority (NERA) approved new tariffs on Monday.

        Household bills will rise 7 per cent in April, NERA said.
        """, 0.07);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("Norland Energy Regulatory Authority", s.attribution().name());
  }

  @Test
  void anUnlinkedAcronymTakesTheOneOrganisationWhoseWordsItSpells() {
    StatisticFact s = StatisticOf.value(extractor, """
        The World Health Organization sent 40,000 vaccine doses last week.

        Norland recorded more than 8,000 measles cases in 2024, according to WHO.
        """, 8000);
    assertNotNull(s);
    assertEquals("World Health Organization", s.attribution().name());
  }
}
