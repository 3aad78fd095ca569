package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.StatisticFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rival's tally after "to X's" counts what the tally before it counted. */
class OpponentTallyTest {
  private static StatisticFact statistic(String body, double value) {
    List<StatisticFact> all = FactsOnNewsFixture.facts(FactsOnNewsFixture.run(body, "2025-11-11"), StatisticFact.class);
    for (StatisticFact s : all) if (Math.abs(s.quantity().value() - value) < 1e-9) return s;
    return null;
  }

  @Test
  void aNumberWordAfterARivalsNameCountsTheSameThing() {
    StatisticFact s = statistic("Leeds had 14 corners to Burnley's seven, but could not score.", 7);
    assertNotNull(s);
    assertEquals("corners", s.quantity().unit());
  }

  @Test
  void aRivalNamedWithThePluralPossessiveCountsToo() {
    StatisticFact s = statistic("The Sharks missed 22 tackles to the Stormers' twelve in the first half.", 12);
    assertNotNull(s);
    assertEquals("tackles", s.quantity().unit());
  }

  @Test
  void recognisesTheRivalsPossessiveBeforeTheFigure() {
    String text = "They won 9 scrums to Munster's 4";
    assertTrue(OpponentTally.before(text, text.indexOf("4")));
  }

  @Test
  void aLowerCasePossessiveIsNoRival() {
    String text = "It sent 40 letters to the council's 12";
    assertFalse(OpponentTally.before(text, text.indexOf("12")));
  }
}
