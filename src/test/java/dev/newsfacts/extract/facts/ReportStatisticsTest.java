package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Units and sources of figures in reports, polls and results: where the words after a figure do not say it all. */
class ReportStatisticsTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  private static StatisticFact statistic(String text, double value) {
    StatisticFact s = StatisticOf.value(extractor, text, value);
    assertNotNull(s, "no statistic of " + value);
    return s;
  }

  @Test
  void theCountOfPeoplePolledHasThePollsterAsSource() {
    StatisticFact s = statistic("The central bank held its main rate at 3.5%, as all 61 economists polled by Reuters "
        + "had expected.", 61);
    assertEquals("Reuters", s.attribution().name());
  }

  @Test
  void accordingToNamesTheSourceRightAfterItNotOneClausesLater() {
    StatisticFact s = statistic("Asking rents rose 6 per cent in a year, according to rentwatch.co.uk, while sales "
        + "fell 4 per cent, the National Housing Federation said.", 0.06);
    assertEquals("rentwatch.co.uk", s.attribution().name());
  }

  @Test
  void aPartOfThemCountsWhatTheFigureBeforeCounted() {
    StatisticFact s = statistic("Some 420,000 patients were on the waiting list in March. About 80,000 of them had "
        + "waited more than a year.", 80_000);
    assertEquals("patients", s.quantity().unit());
  }

  @Test
  void aBareLargeAmountCountsWhatTheAmountBeforeItCounted() {
    String text = "Operating profit rose to 1.9 billion Norwegian crowns, above the 1.7 billion expected by analysts.";
    assertEquals(statistic(text, 1.9e9).quantity().unit(), statistic(text, 1.7e9).quantity().unit());
  }

  @Test
  void aParticipleBeforeTheNounIsPartOfTheUnit() {
    StatisticFact s = statistic("The survey of 1,000 registered voters was taken last week.", 1000);
    assertEquals("registered voters", s.quantity().unit());
  }

  @Test
  void aSentenceBeforeOneThatSaysTheReportSaidTakesTheReportsSource() {
    StatisticFact s = statistic("Global emissions rose 1.3% last year, the World Meteorological Organization said on "
        + "Monday.\n\nNew wind and solar capacity was the highest on record. Germany accounted for roughly 2% of the total. "
        + "Emissions from shipping grew 4.1%, the report said.", 0.02);
    assertNotNull(s.attribution());
    assertEquals("World Meteorological Organization", s.attribution().name());
  }

  @Test
  void respondentsPointBackToThePollThatAskedThem() {
    StatisticFact s = statistic("A new Gallup poll of 1,015 adults was released on Monday. The margin of error is plus "
        + "or minus 4 percentage points.\n\nThe economy worried most people. Sixty per cent of respondents said prices "
        + "were their main concern.", 0.6);
    assertNotNull(s.attribution());
    assertEquals("Gallup", s.attribution().name());
  }

  @Test
  void aStudyNamedAgainIsTheSourceAheadOfTheSentencesSubject() {
    StatisticFact s = statistic("Support for the governing party has slipped, a new Gallup poll suggests. The online "
        + "survey of 1,200 adults puts the Labour Party at 36 per cent.", 0.36);
    assertNotNull(s.attribution());
    assertEquals("Gallup", s.attribution().name());
  }

  @Test
  void aPollNamedByAnUnrecognisedNameHasThatNameAsSource() {
    StatisticFact s = statistic("Support for the governing party has slipped, a new Brightwater poll suggests. The online "
        + "survey of 1,004 adults was conducted last week.", 1004);
    assertNotNull(s.attribution());
    assertEquals("Brightwater", s.attribution().name());
  }

  @Test
  void theOwnerOfANamedIndexIsTheSource() {
    StatisticFact s = statistic("Valmora's House Price Index showed values fell 0.7 per cent last month.", 0.007);
    assertNotNull(s.attribution());
    assertEquals("Valmora", s.attribution().name());
  }

  @Test
  void aFigureAfterAccordingToGoesWithTheStudyItsClauseNames() {
    StatisticFact s = statistic("Listings rose 9 per cent, according to Reuters, and homes took a median of 38 days to "
        + "sell, the Real Estate Institute of New Zealand's figures show.", 38);
    assertNotNull(s.attribution());
    assertEquals("Real Estate Institute of New Zealand", s.attribution().name());
  }

  @Test
  void figuresWithoutAnOwnerTakeTheOwnerTheNextSentenceNames() {
    StatisticFact s = statistic("One in four renters spends more than half of their income on rent, official figures "
        + "show.\n\nData from the Office for National Statistics published on Monday show that rents rose 7 per cent.", 0.25);
    assertNotNull(s.attribution());
    assertEquals("Office for National Statistics", s.attribution().name());
  }

  @Test
  void aPartyThatPolledAtAFigureIsNotItsSource() {
    StatisticFact s = statistic("A new Gallup poll of 1,000 adults was released on Monday. The Labour Party polled at "
        + "31 per cent.", 0.31);
    assertNotNull(s.attribution());
    assertEquals("Gallup", s.attribution().name());
  }

  @Test
  void anUnrecognisedNameThatSaidTheFiguresIsTheSource() {
    StatisticFact s = statistic("The sample would carry a margin of error of 3.1 percentage points, Brightwater said.", 0.031);
    assertNotNull(s.attribution());
    assertEquals("Brightwater", s.attribution().name());
  }

  @Test
  void resultsInAnEarningsStoryAreTheReportingCompanysFigures() {
    StatisticFact s = statistic("Harbor Mills Inc reported a better-than-expected quarterly profit on Tuesday.\n\n"
        + "Analysts had expected 81 cents a share, according to LSEG data. Net sales rose 3.1% to $2.2 billion.", 0.031);
    assertNotNull(s.attribution());
    assertEquals("Harbor Mills Inc", s.attribution().name());
  }

  @Test
  void resultsAreNoCompanysWhenTheStoryDoesNotOpenWithItsResults() {
    StatisticFact s = statistic("Harbor Mills Inc opened a new plant in Ohio on Tuesday.\n\n"
        + "Across the industry, net sales rose 3.1% last year.", 0.031);
    assertEquals(null, s.attribution());
  }

  @Test
  void anUnrecognisedNameAfterSaidIsTheSource() {
    StatisticFact s = statistic("The five-point gap is the widest this year, said Brightwater pollster Dana Mills.", 0.05);
    assertNotNull(s.attribution());
    assertEquals("Brightwater", s.attribution().name());
  }

  @Test
  void whatTheyFoundIsTheFindingOfTheResearchersInstitution() {
    StatisticFact s = statistic("Researchers at the University of Leeds analyzed river records from 1990 to 2024. They "
        + "found that the average flood lasted 9 days over the past decade.", 9);
    assertNotNull(s.attribution());
    assertEquals("University of Leeds", s.attribution().name());
  }
}
