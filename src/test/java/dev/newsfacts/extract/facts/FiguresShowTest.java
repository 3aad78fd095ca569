package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "But the figures show …" points back to figures credited before and carries their source on. */
class FiguresShowTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void theSentenceAfterTheFiguresShowTakesTheirSource() {
    StatisticFact s = StatisticOf.value(extractor, "Hospital waiting lists in Wales fell to 590,000 in March, "
        + "according to data from the Welsh Government released on Thursday.\n\nHealth Secretary Owen Price said "
        + "the trend was encouraging.\n\nBut the figures show rural areas lag far behind. Patients in Powys waited "
        + "a median of 31 weeks, compared with 19 weeks in Cardiff.", 31);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("Welsh Government", s.attribution().name());
  }

  @Test
  void theFiguresShowingSomethingPointsBack() {
    assertTrue(FiguresShow.pointsBack("But the figures show the gap has narrowed more slowly."));
  }

  @Test
  void figuresWithoutAShowingVerbDoNotPointBack() {
    assertFalse(FiguresShow.pointsBack("The figures were released on Monday and show nothing new."));
  }
}
