package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.StatisticFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The agency that filed a story from its dateline is never the source of the story's figures. */
class DatelineAgencySourceTest {
  private static final String BODY = "MUMBAI, March 3 (Reuters) - Harbour Line Foods reported a quarterly profit of"
      + " 45 million dollars on Tuesday, up 12 percent from a year earlier, the company said.";

  @Test
  void theCompanyASentenceNamesIsTheSourceRatherThanTheDatelineAgency() {
    ResultDocument doc = FactsOnNewsFixture.run(BODY, "2026-03-03");
    List<StatisticFact> stats = FactsOnNewsFixture.facts(doc, StatisticFact.class);
    assertFalse(stats.isEmpty(), doc.facts().toString());
    for (StatisticFact s : stats) {
      assertNotNull(s.attribution(), s.toString());
      assertEquals("Harbour Line Foods", s.attribution().name(), s.toString());
    }
  }
}
