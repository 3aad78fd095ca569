package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.EventFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Later dates of a sentence that are events of their own: one still to come, a day after a coarser first date. */
class LaterDatesTest {
  private static List<String> dates(String body, String published) {
    return FactsOnNewsFixture.facts(FactsOnNewsFixture.run(body, published), EventFact.class).stream()
        .map(EventFact::date).toList();
  }

  @Test
  void aDateStillToComeIsAnEventBesidesThePastOne() {
    assertEquals(List.of("2026-10", "2026-12-05"), dates("The Reserve Bank of India, which projected 6.8 per cent growth"
        + " in October, will announce its next policy decision on December 5.", "2026-11-28"));
  }

  @Test
  void aDayAfterAYearIsAnEventToo() {
    assertEquals(List.of("2027", "2026-12-09"), dates("The Toronto Transit Commission will raise fares next year under a"
        + " budget approved by its board on Wednesday.", "2026-12-10"));
  }

  @Test
  void anEarlierYearInTheFirstDatesClauseIsNoEvent() {
    assertEquals(List.of("2026-09-22"), dates("The survey published on Tuesday showed obesity rose in 2025.",
        "2026-09-22"));
  }

  @Test
  void aYearInWhatAStudyFoundIsAnEventToo() {
    assertEquals(List.of("2026-09-22", "2025"), dates("The survey, published on Tuesday, found that 32% of adults were "
        + "obese in 2025.", "2026-09-22"));
  }

  @Test
  void aStartStillToComeIsAnEvent() {
    assertEquals(List.of("2027-10"), dates("The government plans to restrict multi-buy offers on junk food from October 2027.",
        "2026-09-22"));
  }

  @Test
  void aPastStartIsAPeriodBoundNoEvent() {
    assertEquals(List.of(), dates("Prices have risen 30 per cent from March 2019, the agency found.", "2026-09-22"));
  }

  @Test
  void aStartStillToComeAfterTheReportingDayIsAnEventToo() {
    assertEquals(List.of("2026-05-04", "2026-05-15"), dates("Maersk said on Monday it would introduce a surcharge of $500 "
        + "per container on Asia-Europe cargo from May 15.", "2026-05-06"));
  }
}
