package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pence and cents as suffixes, "b" for billions, "pc" for percent, figures below zero, the naira, shillings, taka and dinars, and the low end of a range of bare numbers. */
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
  @Test
  void pcAfterAFigureIsPercent() {
    StatisticFact s = StatisticOf.value(extractor, "The union wants a 40pc rise in match fees for senior players.", 0.4);
    assertNotNull(s);
    assertEquals("40pc", s.quantity().text());
  }

  @Test
  void pcWithASpaceIsPercentToo() {
    assertNotNull(StatisticOf.value(extractor, "Sales of cement fell 12 pc in the year to June.", 0.12));
  }

  @Test
  void capitalPcIsNoPercent() {
    assertNull(StatisticOf.value(extractor, "The school bought 30 PC monitors for its library.", 0.3));
  }

  @Test
  void ugandanShillingsWrittenShsAreMoney() {
    StatisticFact s = StatisticOf.value(extractor, "The council was ordered to pay Shs2.5 billion to the vendors.", 2.5e9);
    assertNotNull(s);
    assertEquals("Ugandan shillings", s.quantity().unit().substring(0, "Ugandan shillings".length()));
  }

  @Test
  void takaWrittenTkAreMoney() {
    StatisticFact s = StatisticOf.value(extractor, "The fare rose to Tk 45 a trip in Dhaka on Sunday.", 45);
    assertNotNull(s);
    assertEquals("Bangladeshi taka", s.quantity().unit().substring(0, "Bangladeshi taka".length()));
  }
  @Test
  void bAfterAnAmountOfMoneyIsBillions() {
    assertNotNull(StatisticOf.value(extractor, "Dairy exports were worth $19.4b in the year to June.", 19.4e9));
  }

  @Test
  void bAfterABareNumberIsNoScale() {
    assertNull(StatisticOf.value(extractor, "The rule is set out in clause 7 b of the agreement.", 7e9));
  }

  @Test
  void centsWrittenAsASuffixArePartsOfTheMainUnit() {
    StatisticFact s = StatisticOf.value(extractor, "The board declared a final dividend of 85c a share.", 0.85);
    assertNotNull(s);
    assertEquals("85c", s.quantity().text());
  }

  @Test
  void aCentimetreIsNoCents() {
    assertNull(StatisticOf.value(extractor, "The river rose 40cm overnight at the gauge.", 0.4));
  }

  @Test
  void aRangeOfMillionsWithTheSignOnBothEndsIsItsLowEndInMillions() {
    assertNotNull(StatisticOf.value(extractor, "The group expects to spend R450m-R500m on new stores this year.", 450e6));
  }

  @Test
  void kuwaitiDinarsWrittenKdAreMoney() {
    StatisticFact s = StatisticOf.value(extractor, "The ministry spent KD 3.5 million on the new clinics.", 3.5e6);
    assertNotNull(s);
    assertEquals("Kuwaiti dinars", s.quantity().unit().substring(0, "Kuwaiti dinars".length()));
  }
}
