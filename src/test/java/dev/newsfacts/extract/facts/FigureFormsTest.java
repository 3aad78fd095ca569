package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pence as a suffix, figures below zero, the naira, and the low end of a range of bare numbers. */
class FigureFormsTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void penceWrittenAsASuffixArePounds() {
    StatisticFact s = StatisticOf.value(extractor, "Holders will receive 185p in cash for each share they own.", 1.85);
    assertNotNull(s);
    assertEquals("pounds sterling", s.quantity().unit().substring(0, "pounds sterling".length()));
  }

  @Test
  void anAfternoonTimeIsNoPence() {
    assertNull(StatisticOf.value(extractor, "The meeting ends at 5pm and the vote follows.", 0.05));
  }

  @Test
  void minusBeforeAFigureMakesItNegative() {
    StatisticFact s = StatisticOf.value(extractor, "The river gauge at Vicksburg read minus 4.2 feet on Monday.", -4.2);
    assertNotNull(s);
    assertEquals("minus 4.2", s.quantity().text());
  }

  @Test
  void plusOrMinusIsAMarginNotANegativeFigure() {
    assertNotNull(StatisticOf.value(extractor,
        "The poll of 1,020 adults has a margin of error of plus or minus 3.1 percentage points.", 0.031));
  }

  @Test
  void theNairaSignIsACurrency() {
    StatisticFact s = StatisticOf.value(extractor, "Parents paid ₦12,500 for the forms this year.", 12500);
    assertNotNull(s);
    assertEquals("Nigerian naira", s.quantity().unit().substring(0, "Nigerian naira".length()));
  }

  @Test
  void theLowEndOfABareRangeCountsTheNounAfterTheHighEnd() {
    StatisticFact s = StatisticOf.value(extractor, "Tows that normally push 30 to 35 barges are limited to about 20.", 30);
    assertNotNull(s);
    assertEquals("barges", s.quantity().unit());
  }
}
