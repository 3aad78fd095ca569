package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A bare figure after "at" that repeats the "at" of a count before it counts what that count counted. */
class ParallelAtTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void aSecondRateAfterAtCountsWhatTheFirstRateCounted() {
    StatisticFact s = StatisticOf.value(extractor,
        "Flu cases rose again last week, the health ministry said. Children aged 7 to 12 had the highest rate, "
            + "at 179.3 per 1,000 outpatients, followed by those aged 13 to 18 at 148.6.", 148.6);
    assertNotNull(s);
    assertEquals("outpatients per 1,000", s.quantity().unit());
  }

  @Test
  void aSecondCountAfterAtCountsTheSameThing() {
    StatisticFact s = StatisticOf.value(extractor,
        "The council said the waiting list in Ennis stood at 1,080 households and in Shannon at 542.", 542);
    assertNotNull(s);
    assertEquals("households", s.quantity().unit());
  }

  @Test
  void aFigureAfterAtIsNoContinuationWhenTheCountBeforeHadNoAt() {
    Figure before = new Figure(20, 25, "1,080", 1080, false, false, null, null);
    Figure after = new Figure(65, 68, "542", 542, false, false, null, null);
    String text = "The council counted 1,080 households on its list, and Shannon at 542 more.";
    assertFalse(ParallelAt.continues(text, before, after));
  }

  @Test
  void aBareFigureAfterAtFollowsACountAfterAt() {
    String text = "The list stood at 1,080 households and in Shannon at 542.";
    Figure before = new Figure(text.indexOf("1,080"), text.indexOf("1,080") + 5, "1,080", 1080, false, false, null, null);
    Figure after = new Figure(text.indexOf("542"), text.indexOf("542") + 3, "542", 542, false, false, null, null);
    assertTrue(ParallelAt.continues(text, before, after));
  }

  @Test
  void aShareAfterAtIsNoContinuationOfACount() {
    String text = "The list stood at 1,080 households, with Shannon at 12%.";
    Figure before = new Figure(text.indexOf("1,080"), text.indexOf("1,080") + 5, "1,080", 1080, false, false, null, null);
    Figure after = new Figure(text.indexOf("12%"), text.indexOf("12%") + 3, "12%", 0.12, false, true, null, null);
    assertFalse(ParallelAt.continues(text, before, after));
  }
}
