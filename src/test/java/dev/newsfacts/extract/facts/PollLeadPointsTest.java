package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.model.StatisticFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Points of a lead in a poll story are percentage points; a match's points are not. */
class PollLeadPointsTest {
  private static StatisticFact statistic(String body, double value) {
    List<StatisticFact> all = FactsOnNewsFixture.facts(FactsOnNewsFixture.run(body, "2025-11-11"), StatisticFact.class);
    for (StatisticFact s : all) if (Math.abs(s.quantity().value() - value) < 1e-9) return s;
    return null;
  }

  @Test
  void aCandidateWhoTrailsByPointsInAPollTrailsByAShare() {
    StatisticFact s = statistic("A new Harbour Research poll of 900 voters puts Ames on 41 percent. "
        + "Ames trails Mayor Jo Bell by 6 points in the race, the pollster said.", 0.06);
    assertNotNull(s);
    assertEquals("6 points", s.quantity().text());
  }

  @Test
  void aLeadOfPointsInAPollStoryIsAShare() {
    assertNotNull(statistic("The survey of 1,200 residents found the yes side ahead. "
        + "A lead of 11 points will be hard to overturn, the pollster said.", 0.11));
  }

  @Test
  void pointsInAMatchReportStayPoints() {
    String body = "Leeds trailed by 9 points at half-time but won 30-24 at Headingley on Saturday.";
    assertNull(statistic(body, 0.09));
  }

  @Test
  void pointsWithoutALeadWordStayPointsInAPollStory() {
    String body = "A poll of 800 fans was released. The club has 42 points from 20 games, the club said.";
    assertNull(statistic(body, 0.42));
  }
}
