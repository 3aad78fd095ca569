package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A competition's name is no body, no place and no person; a listed league opening it stays one. */
class CompetitionNamesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aRunEndingInACompetitionsWordIsNoPerson() {
    String text = "Harlow won the Westmoor Shield final on Sunday in front of 4,000 fans.";
    assertNull(NewsEntitiesTest.entityAt(NewsEntitiesTest.run(text), text, "Westmoor Shield"));
  }

  @Test
  void aSportsNameInsideARunMakesNoPlaceOfItsWords() {
    String text = "It was the biggest crowd for a Super Rugby Pacific game in the city since 2019.";
    var doc = NewsEntitiesTest.run(text);
    assertNull(NewsEntitiesTest.entityAt(doc, text, "Rugby"));
    assertNull(NewsEntitiesTest.entityAt(doc, text, "Pacific"));
  }

  @Test
  void aListedLeagueOpeningASeasonsNameIsTheLeague() {
    String text = "The win moved Monterrey into second place in the Liga MX Clausura standings.";
    assertEntity("ORGANIZATION:Liga MX", text, "Liga MX");
  }

  @Test
  void aGroundNamedForASportStaysAPlace() {
    String text = "The final will be played at the Harlow Cricket Ground on Saturday.";
    assertEntity("LOCATION:Harlow Cricket Ground", text, "Harlow Cricket Ground");
  }
}
