package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.EventFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A later date in a clause of its own after a comma is an event of its own. */
class ClauseDatesTest {
  private static List<String> dates(String body) {
    return FactsOnNewsFixture.facts(FactsOnNewsFixture.run(body, "2026-06-02"), EventFact.class).stream()
        .map(EventFact::date).toList();
  }

  @Test
  void aListingYearAfterACommaIsAnEventBesideTheTradingDay() {
    List<String> dates = dates("Harbour Mining's shares rose 27% in London trading on Monday, their biggest one-day "
        + "gain since the company listed in 2011.");
    assertTrue(dates.contains("2026-06-01"), dates.toString());
    assertTrue(dates.contains("2011"), dates.toString());
  }

  @Test
  void aMonthJoinedToItsDayByACommaIsOneDate() {
    assertTrue(ClauseDates.afterComma("on Monday, June 1", new DateMention(0, 9, "on Monday", "2026-06-01", "at"),
        new DateMention(11, 17, "June 1", "2026-06-01", "at")) == false);
  }
}
