package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A rate counts per a round base ("per 100,000 people"), which is part of its unit and no statistic. */
class RateBasesTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  private static int baseEnd(String s, String figure) {
    int end = s.indexOf(figure) + figure.length();
    return RateBases.end(s, end, s.length());
  }

  @Test
  void perAndARoundNumberIsABase() {
    String s = "The region recorded 14.2 per 100,000 residents last winter.";
    assertEquals(s.indexOf(" residents"), baseEnd(s, "14.2"));
  }

  @Test
  void outOfEveryIsABase() {
    String s = "About 31.5 out of every 1,000 pupils were absent.";
    assertEquals(s.indexOf(" pupils"), baseEnd(s, "31.5"));
  }

  @Test
  void perAndAUnitOfTimeIsNoBase() {
    String s = "Wages rose to $21 per hour in the quarter.";
    assertEquals(-1, baseEnd(s, "$21"));
  }

  @Test
  void theRateCountsWhatFollowsItsBase() {
    StatisticFact s = StatisticOf.value(extractor, "The health ministry said 62.4 per 1,000 emergency patients had "
        + "breathing problems last week.", 62.4);
    assertNotNull(s);
    assertEquals("emergency patients per 1,000", s.quantity().unit());
  }

  @Test
  void theBaseOfARateIsNoStatistic() {
    assertNull(StatisticOf.value(extractor, "The health ministry said 62.4 per 1,000 emergency patients had "
        + "breathing problems last week.", 1000));
  }
}
