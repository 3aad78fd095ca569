package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A bare figure a change is measured from counts what the count before it in the sentence counted. */
class ComparisonBaseTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void theBaseAfterAPercentageCountsWhatTheFirstCountCounted() {
    StatisticFact s = StatisticOf.value(extractor,
        "Police recorded 4,211 stolen vehicles in 2025, down 60% from 10,476 in 2022, city data show.", 10476);
    assertNotNull(s);
    assertEquals("stolen vehicles", s.quantity().unit());
  }

  @Test
  void aSmallBaseWrittenInWordsCountsTheSameThing() {
    StatisticFact s = StatisticOf.value(extractor,
        "The agency now has six dredges on the river, up from two in August, its commander said.", 2);
    assertNotNull(s);
    assertEquals("dredges", s.quantity().unit());
  }

  @Test
  void aListOfBareCountsAfterAShareCountsWhatTheFirstCounted() {
    StatisticFact s = StatisticOf.value(extractor,
        "Leeds accounted for 3,730 of the cases, or about 41 per cent, while York had 1,080, Hull 542 and Bradford 468.",
        542);
    assertNotNull(s);
    assertEquals("cases", s.quantity().unit());
  }

  @Test
  void fromAndAgainstBeforeAFigureMarkABase() {
    assertTrue(ComparisonBase.before("up from 362 a day earlier", 8));
    assertTrue(ComparisonBase.before("against 7,390 a year ago", 8));
  }

  @Test
  void aFigureAfterAVerbIsNoBase() {
    assertFalse(ComparisonBase.before("the agency counted 362 cases", 19));
  }

  @Test
  void aChangeInTheNextSentenceCountsWhatTheCountBeforeCounted() {
    StatisticFact s = StatisticOf.value(extractor, """
        Shelter numbers rise again

        A total of 8,312 people slept in council shelters last week, the housing department said. The figure is up         6 per cent on a year ago and up 147 on March.
        """, 147);
    assertNotNull(s);
    assertEquals("people", s.quantity().unit());
  }

  @Test
  void aFallInTheNextSentenceCountsWhatTheCountBeforeCounted() {
    StatisticFact s = StatisticOf.value(extractor, """
        Fewer pupils enrolled

        The district enrolled 41,250 students this autumn, officials said. That is down 630 from last year.
        """, 630);
    assertNotNull(s);
    assertEquals("students", s.quantity().unit());
  }

  @Test
  void aChangeAfterAParagraphBreakTakesNoCountFromBefore() {
    StatisticFact s = StatisticOf.value(extractor, """
        Fewer pupils enrolled

        The district enrolled 41,250 students this autumn, officials said.

        Funding is down 3 from last year.
        """, 3);
    assertTrue(s == null || !"students".equals(s.quantity().unit()));
  }
}
