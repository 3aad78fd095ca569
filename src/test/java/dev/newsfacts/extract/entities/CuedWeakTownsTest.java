package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A small town of weak-towns.txt is a place after a place's preposition, and only there. */
class CuedWeakTownsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aSmallTownAfterFromIsAPlace() {
    assertEntity("LOCATION:Kerrobert", "Two brothers from Kerrobert were fined for the crash on Tuesday.", "Kerrobert");
  }

  @Test
  void aSmallTownAfterFromAndBeforeAYearIsAPlace() {
    assertEntity("LOCATION:Rosetown", "About 40,000 tonnes of canola were trucked from Rosetown in 2024.", "Rosetown");
  }

  @Test
  void aSmallTownAfterNearIsAPlace() {
    assertEntity("LOCATION:Macklin", "The storm flattened a grain bin on a farm near Macklin last week.", "Macklin");
  }

  @Test
  void aSmallTownWithoutACueIsNoPlace() {
    ResultDocument doc = run("The council said the plan was sound. Kerrobert voted for it twice.");
    assertTrue(doc.entities().stream().noneMatch(e -> e.type() == EntityType.LOCATION), doc.entities().toString());
  }

  @Test
  void aSmallTownsNameShorteningAFirmNamedBeforeIsNoPlace() {
    ResultDocument doc = run("Rosetown Metals Corp. made an offer on Monday. The board rejected two approaches from Rosetown in March.");
    assertTrue(doc.entities().stream().noneMatch(e -> e.type() == EntityType.LOCATION), doc.entities().toString());
  }
}
