package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateExpressionsTest {
  /** A Thursday. */
  private static final LocalDate REF = LocalDate.of(2023, 10, 5);

  private static DateMention first(String sentence, LocalDate ref) {
    List<DateMention> found = DateExpressions.find(sentence, 0, sentence.length(), ref);
    assertTrue(!found.isEmpty(), "no date in: " + sentence);
    return found.get(0);
  }

  @Test
  void resolvesAWeekdayToTheLatestOneNotAfterTheReference() {
    assertEquals("2023-10-05", first("Officials gathered on Thursday for talks.", REF).date());
    assertEquals("2023-10-02", first("The talks began on Monday.", REF).date());
  }

  @Test
  void aMonthWithLastYearAfterItFallsInTheYearBefore() {
    DateMention d = first("The regulator opened the inquiry in November last year.", REF);
    assertEquals("2022-11", d.date());
    assertEquals("in November last year", d.text());
  }

  @Test
  void aMonthWithThisYearAfterItKeepsTheReferenceYear() {
    assertEquals("2023-12", first("The plant will close in December this year.", REF).date());
  }

  @Test
  void resolvesAWeekdayInAFutureSentenceForward() {
    assertEquals("2023-10-06", first("The minister will travel on Friday.", REF).date());
  }

  @Test
  void aFutureVerbAfterTheDateDoesNotMoveItForward() {
    DateMention d = first("City council voted on Tuesday to approve a levy that will raise $18 million a year.", REF);
    assertEquals("2023-10-03", d.date());
  }

  @Test
  void aFrontedDateTakesTheFutureOfItsSentence() {
    DateMention d = first("On Tuesday, the council will vote on the levy.", REF);
    assertEquals("2023-10-10", d.date());
  }

  @Test
  void resolvesLastMonthAndThisWeekToMonths() {
    assertEquals("2023-09", first("Last month Mexico extradited him.", REF).date());
    assertEquals("2023-10", first("This week they announced sanctions.", REF).date());
  }

  @Test
  void resolvesYearsAgoToAYear() {
    assertEquals("2021", first("Two years ago the countries agreed to act.", REF).date());
  }

  @Test
  void givesAMonthWithoutYearTheLatestPastYear() {
    assertEquals("2022-11", first("The report was published in November.", REF).date());
  }

  @Test
  void marksSinceAndBetweenAsPeriodBounds() {
    List<DateMention> d = DateExpressions.find("deaths between March 2022 and March 2023 rose", 0, 45, REF);
    assertEquals("between", d.get(0).relation());
    assertEquals("2022-03", d.get(0).date());
    assertEquals("2023-03", d.get(1).date());
    assertEquals("since", first("up since 2014", REF).relation());
  }

  @Test
  void leavesRelativeDatesUnresolvedWithoutAReferenceDate() {
    String s = "Officials met on Thursday and again last month.";
    assertEquals(List.of(), DateExpressions.find(s, 0, s.length(), null));
  }

  @Test
  void doesNotTakeTheMonthWordMayForADate() {
    String s = "The minister may resign, officials said.";
    assertEquals(List.of(), DateExpressions.find(s, 0, s.length(), REF));
  }

  @Test
  void aSeasonWithAYearIsThatYear() {
    assertEquals("2025", first("The first tenants could move in by spring 2025.", REF).date());
    assertEquals("2019", first("The firm was founded in the summer of 2019.", REF).date());
  }

  @Test
  void earlyOrLateBeforeAMonthKeepsTheMonth() {
    assertEquals("2023-03", first("The report was published in late March.", REF).date());
    assertEquals("2023-07", first("Prices peaked in mid-July.", REF).date());
  }

  @Test
  void aSeasonWithoutAYearIsNoDate() {
    String sentence = "Prices fall in spring as supply grows.";
    assertTrue(DateExpressions.find(sentence, 0, sentence.length(), REF).isEmpty());
  }

  @Test
  void lateOrEarlyBeforeAYearKeepsTheYear() {
    assertEquals("2021", first("Prices have fallen since the market peaked in late 2021.", REF).date());
  }

  @Test
  void aFixtureInThePresentTenseIsTheComingDay() {
    assertEquals("2023-10-11", first("The team opens a three-game series against the visitors on Wednesday.", REF).date());
  }

  @Test
  void theNextMeetingOnADayOfAnEarlierMonthIsInTheComingYear() {
    assertEquals("2024-01-28", first("The next policy meeting is on Jan. 28.", REF).date());
  }

  @Test
  void aMonthInAPresentTenseClauseIsTheNearerOne() {
    assertEquals("2027-02", first("The budget still needs city council approval in February.", LocalDate.of(2026, 12, 10)).date());
  }

  @Test
  void aMonthAndDayWithNoPastVerbIsTheNearerOne() {
    assertEquals("2026-12-09", first("The Federal Reserve meets again on Dec. 9.", LocalDate.of(2026, 11, 6)).date());
  }

  @Test
  void aMonthAfterAPastVerbStaysInThePast() {
    assertEquals("2026-03", first("He signed a contract extension in March.", LocalDate.of(2026, 9, 29)).date());
  }

  @Test
  void aWeekdayInAPastClauseOfAFutureSentenceIsThePastOne() {
    DateMention d = DateExpressions.find("The commission will raise fares under a budget approved by its board on Wednesday.",
        0, 82, LocalDate.of(2026, 12, 10)).get(0);
    assertEquals("2026-12-09", d.date());
  }

  @Test
  void aWeekdayThatWasExpectedIsTheComingOne() {
    assertEquals("2026-05-12", first("Forecasters said more heavy rain was expected on Tuesday.", LocalDate.of(2026, 5, 10)).date());
  }

  @Test
  void aDayWrittenBeforeItsMonthIsADate() {
    DateMention d = first("The committee approved the plan on 2 October after a long debate.", REF);
    assertEquals("2023-10-02", d.date());
    assertEquals("on 2 October", d.text());
  }

  @Test
  void aDayBeforeItsMonthAndYearKeepsTheYearWritten() {
    assertEquals("2021-03-14", first("The mine closed on 14 March 2021 after the flood.", REF).date());
  }

  @Test
  void aDayBeforeItsMonthInAFutureClauseIsTheComingOne() {
    assertEquals("2024-03-12", first("The cabinet is due to approve a new plan on 12 March.", REF).date());
  }

  @Test
  void aDateASentencingIsSetForIsTheComingOne() {
    assertEquals("2024-02-11", first("Sentencing is set for Feb. 11 before the district judge.", REF).date());
  }

  @Test
  void nextWeekdayWrittenOnThatWeekdayIsAWeekOn() {
    // the reference is a Thursday
    assertEquals("2023-10-12", first("The team hosts the champions next Thursday.", REF).date());
  }

  @Test
  void untilAtLeastAWeekdayIsABoundOnTheComingOne() {
    DateMention d = first("Forecasters expect fog to linger until at least Saturday.", REF);
    assertEquals("2023-10-07", d.date());
    assertEquals("until", d.relation());
  }

  @Test
  void nextWithAMonthIsTheFirstSuchMonthAhead() {
    assertEquals("2024-05", first("The party is preparing for the election next May.", REF).date());
    assertEquals("2023-12", first("The party is preparing for the election next December.", REF).date());
  }
}
