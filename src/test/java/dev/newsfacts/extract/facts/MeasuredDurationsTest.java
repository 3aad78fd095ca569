package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A duration that is a finding is a statistic; one that places an event in time is not. */
class MeasuredDurationsTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void aPrisonSentenceIsAStatisticInYears() {
    StatisticFact s = StatisticOf.value(extractor,
        "The ring's leader was sentenced on Friday to seven years in prison for the thefts.", 7);
    assertNotNull(s);
    assertEquals("years", s.quantity().unit());
  }

  @Test
  void timeSpentInHospitalIsAStatistic() {
    assertNotNull(StatisticOf.value(extractor, "The cyclist spent 12 days in the hospital, her brother said.", 12));
  }

  @Test
  void aCountOfTimesIsAStatistic() {
    assertNotNull(StatisticOf.value(extractor, "The storm overflows discharged 12,300 times last year.", 12300));
  }

  @Test
  void aMultiplierIsNoCountOfTimes() {
    assertNull(StatisticOf.value(extractor, "Prices in the capital are three times as high as in the north.", 3));
  }

  @Test
  void aDurationAgoPlacesAnEventInTime() {
    assertNull(StatisticOf.value(extractor, "The mill closed eight years ago and the town has shrunk since.", 8));
  }

  @Test
  void aDurationInsideATimePhraseIsNoStatistic() {
    assertNull(StatisticOf.value(extractor, "The board will spend more on roads over the next six years.", 6));
  }

  @Test
  void aHyphenatedDurationIsAnAdjective() {
    assertNull(StatisticOf.value(extractor, "Lawmakers passed a five-year farm bill on Thursday.", 5));
  }
}
