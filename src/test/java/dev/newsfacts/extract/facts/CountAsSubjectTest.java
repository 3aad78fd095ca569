package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A bare figure that is the subject of its own verb counts what the count before it counted. */
class CountAsSubjectTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void aSmallCountInAListOfClausesCountsWhatTheFirstCounted() {
    StatisticFact s = StatisticOf.value(extractor,
        "The fire service said 14 people were killed, 31 were injured and three remain missing after the blast.", 3);
    assertNotNull(s);
    assertEquals("people", s.quantity().unit());
  }

  @Test
  void anotherCountInTheNextSentenceCountsWhatTheCountBeforeCounted() {
    StatisticFact s = StatisticOf.value(extractor,
        "The housing ministry said 2,300 social homes were finished last year. Another 4,800 are under construction.",
        4800);
    assertNotNull(s);
    assertEquals("social homes", s.quantity().unit());
  }

  @Test
  void anotherCountInTheNextSentenceKeepsTheSourceOfTheCountBefore() {
    StatisticFact s = StatisticOf.value(extractor,
        "The housing ministry said 2,300 social homes were finished last year. Another 4,800 are under construction.",
        4800);
    assertNotNull(s);
    assertEquals("housing ministry", s.attribution().name().toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void aShareBeforeGivesNoUnitToABareSubject() {
    assertFalse(CountAsSubject.fits(new Figure(0, 2, "12", 12, false, false, null, null), "share of voters"));
  }

  @Test
  void aDecimalIsNoCountOfWholeThings() {
    assertFalse(CountAsSubject.fits(new Figure(0, 3, "2.5", 2.5, false, false, null, null), "people"));
  }

  @Test
  void anotherRightBeforeTheFigureIsFound() {
    String text = "Another 4,800 are under construction.";
    assertTrue(CountAsSubject.afterAnother(text, text.indexOf("4,800")));
  }

  @Test
  void aSentenceWithoutAnEarlierCountGivesTheBareSubjectNoStatistic() {
    assertNull(StatisticOf.value(extractor,
        "The mayor opened the new bridge on Tuesday. Three were there from the start, she said.", 3));
  }
}
