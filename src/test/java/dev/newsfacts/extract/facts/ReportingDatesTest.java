package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.EventFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The date of a reporting verb later in a sentence is an event of its own. */
class ReportingDatesTest {
  private static List<String> dates(String body) {
    return FactsOnNewsFixture.facts(FactsOnNewsFixture.run(body, "2025-04-16"), EventFact.class).stream()
        .map(EventFact::date).toList();
  }

  @Test
  void aStatementDatedAfterWhatItReportsIsASecondEvent() {
    assertEquals(List.of("2024", "2025-02"),
        dates("Homelessness in the county rose 9 percent last year, the regional authority said in February."));
  }

  @Test
  void aSecondDateThatNoReportingVerbOpensAddsNothing() {
    assertEquals(List.of("2025-04-15"), dates("The council voted on Tuesday to delay the plan until June."));
  }

  @Test
  void theSameDateTwiceIsOneEvent() {
    assertEquals(List.of("2025-04-14"), dates("The bridge closed on Monday, the city said on Monday."));
  }

  @Test
  void figuresThatShowedOnADayDateTheRelease() {
    assertEquals(List.of("2025-03", "2025-04-15"),
        dates("Prices rose 2.4% in March, the statistics office's estimate showed on Tuesday."));
  }

  @Test
  void aReportReleasedOnADayDatesTheStatement() {
    assertEquals(List.of("2024", "2025-04-14"),
        dates("Emissions hit a record last year, the agency said in a report released on Monday."));
  }
}
