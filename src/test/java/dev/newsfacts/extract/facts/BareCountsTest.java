package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A bare count after a count of the same sentence counts the same thing; a score says its scale. */
class BareCountsTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void aBareCountAfterAnotherCountsTheSameThing() {
    StatisticFact s = StatisticOf.value(extractor,
        "Health care added 48,000 jobs and construction 21,000, while manufacturers cut about 9,000.", 21000);
    assertNotNull(s);
    assertEquals("jobs", s.quantity().unit());
  }

  @Test
  void aBareCountAfterPeopleCountsPeople() {
    StatisticFact s = StatisticOf.value(extractor,
        "Floods have killed at least 83 people and forced more than 120,000 from their homes.", 120000);
    assertNotNull(s);
    assertEquals("people", s.quantity().unit());
  }

  @Test
  void aScoreOutOfAHundredIsAStatistic() {
    StatisticFact s = StatisticOf.value(extractor, "The university scored 96.4 out of 100 in the latest table.", 96.4);
    assertNotNull(s);
    assertEquals("score out of 100", s.quantity().unit());
  }
}
