package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.EventFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A deadline ("by spring 2028") dates what is due then; the end of a period opened before it does not. */
class DeadlineEventsTest {
  private static List<String> dates(String body) {
    return FactsOnNewsFixture.facts(FactsOnNewsFixture.run(body, "2026-03-12"), EventFact.class).stream()
        .map(EventFact::date).toList();
  }

  @Test
  void aDeadlineOnItsOwnIsWhenTheEventIsDue() {
    assertEquals(List.of("2028"), dates("The housing minister said the first tenants could move in by spring 2028."));
  }

  @Test
  void theEndOfAPeriodOpenedBeforeItIsNoEvent() {
    assertEquals(List.of(), dates("Rents rose 30 per cent from 2019 by 2024 across the region, the agency found."));
  }

  @Test
  void aBoundStillToComeIsWhenTheEventIsDue() {
    assertEquals(List.of("2026-04-06"), dates("The utility has until 6 April to appeal against the fine."));
  }

  @Test
  void schoolsClosedUntilAWeekdayAreClosedUntilTheComingOne() {
    // the reference is a Thursday: "until Tuesday" is the one after it
    assertEquals(List.of("2026-03-17"), dates("Schools in the valley will stay closed until Tuesday, officials said."));
  }

  @Test
  void aBoundAlreadyPastIsNoEvent() {
    assertEquals(List.of(), dates("The bridge had been closed to traffic until 2 February while crews repaired it."));
  }
}
