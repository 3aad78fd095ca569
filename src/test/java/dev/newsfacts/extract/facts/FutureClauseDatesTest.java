package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.EventFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A date in a clause that looks ahead is the next such date after publication (Wednesday 10 June 2026). */
class FutureClauseDatesTest {
  private static List<String> dates(String body) {
    return FactsOnNewsFixture.facts(FactsOnNewsFixture.run(body, "2026-06-10"), EventFact.class).stream()
        .map(EventFact::date).toList();
  }

  @Test
  void aMonthAfterWouldIsNextYearsWhenThisYearsHasPassed() {
    assertEquals(List.of("2027-05"), dates("The council would vote on the rezoning plan in May."));
  }

  @Test
  void aWeekdayAfterWillIsTheComingOne() {
    assertEquals(List.of("2026-06-16"), dates("The school board will meet again on Tuesday to set the budget."));
  }

  @Test
  void aWeekdayAScheduleNamesIsTheComingOne() {
    assertEquals(List.of("2026-06-12"), dates("The sentencing hearing is scheduled for Friday in Lincoln."));
  }

  @Test
  void aMonthInAPastClauseStaysBehind() {
    assertEquals(List.of("2026-05"), dates("The council voted on the rezoning plan in May."));
  }

  @Test
  void aFrontedMonthBeforeAForecastReportedWithWouldStaysBehind() {
    assertEquals(List.of("2026-03"),
        dates("The agency in March forecast that the industry would make a profit of $36 billion this year."));
  }
}
