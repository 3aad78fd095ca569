package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.SchemaAssert;
import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.model.Fact;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import dev.newsfacts.model.StatisticFact;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A poll's figures over several sentences: their source, the lead in points and the margin of error. */
class PollStatisticsTest {
  private static final String POLL = """
      The Marlow College survey of 900 likely voters was conducted last week.

      Ortiz was backed by 51 percent of likely voters and Keane by 44 percent, a 7-point lead. \
      The margin of error is plus or minus 3.2 percentage points.

      Turnout in the city reached 38 percent in 2022, the survey found.
      """;

  private static ResultDocument doc;

  @BeforeAll
  static void run() {
    byte[] b = POLL.getBytes(StandardCharsets.UTF_8);
    Outcome o = Extractor.create().extract(new ArticleInput(b, SourceRef.local("poll.txt", b.length, "text/plain")));
    doc = ((Outcome.Success) o).result();
    SchemaAssert.assertValidRecord(doc);
  }

  private static StatisticFact statistic(double value) {
    for (Fact f : doc.facts()) {
      if (f instanceof StatisticFact s && Math.abs(s.quantity().value() - value) < 1e-9) return s;
    }
    return null;
  }

  @Test
  void theSecondFigureOfASentenceKeepsThePollAsItsSource() {
    StatisticFact keane = statistic(0.44);
    assertNotNull(keane, doc.facts().toString());
    assertEquals("Marlow College", keane.attribution().name());
  }

  @Test
  void aLeadInPointsIsAShareInPercentagePoints() {
    StatisticFact lead = statistic(0.07);
    assertNotNull(lead, doc.facts().toString());
    assertEquals("lead in percentage points", lead.quantity().unit());
  }

  @Test
  void theMarginOfErrorIsAStatisticOfThePoll() {
    StatisticFact margin = statistic(0.032);
    assertNotNull(margin, doc.facts().toString());
    assertEquals("margin of error", margin.quantity().unit());
    assertEquals("Marlow College", margin.attribution().name());
  }

  @Test
  void theSurveyFoundPointsBackToTheSurveyNamedBefore() {
    StatisticFact turnout = statistic(0.38);
    assertNotNull(turnout, doc.facts().toString());
    assertEquals("Marlow College", turnout.attribution().name());
  }

  @Test
  void aShareSaysWhatItIsAShareOf() {
    assertEquals("share of likely voters", statistic(0.51).quantity().unit());
  }
}
