package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sides named in a clause after them or by the score they made, units written in capitals that name no body, and
 * bodies of news outside the US the lists now hold (parties, parliaments).
 */
class SideCluesAndListedBodiesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aSideWhoseResultATrailingClauseTellsIsTheSide() {
    String text = "The win lifts the Stallions to 40 points, three clear of the Kestrels, who beat the Harriers 31-10 "
        + "on Friday. The coach said the goal kicking and the match plan worked all season.";
    assertEntity("ORGANIZATION:Kestrels", text, "Kestrels");
  }

  @Test
  void aPlaceAfterAScoreAndByIsTheSideThatMadeIt() {
    String text = "Queensland beat Victoria by six wickets on Sunday. The previous record chase at the ground was "
        + "371 by Western Australia in 2011, the coach said after the match, in which 12 wickets fell.";
    assertEntity("ORGANIZATION:Western Australia", text, "Western Australia");
  }

  @Test
  void aContainerUnitInCapitalsIsNoOrganisation() {
    String text = "The global container fleet passed 33 million TEU in April, and rates rose to $3,400/FEU.";
    var doc = NewsEntitiesTest.run(text);
    assertNull(NewsEntitiesTest.entityAt(doc, text, "TEU"));
    assertNull(NewsEntitiesTest.entityAt(doc, text, "FEU"));
  }

  @Test
  void aPartyNamedWithoutAHeadWordIsAnOrganisation() {
    String text = "The Liberal Democrats, who have campaigned on sewage, said the fine was too small.";
    assertEntity("ORGANIZATION:Liberal Democrats", text, "Liberal Democrats");
  }

  @Test
  void parliamentAloneIsAnOrganisation() {
    String text = "The minister told Parliament on Tuesday that the levy would stay.";
    assertEntity("ORGANIZATION:Parliament", text, "Parliament");
  }
}
