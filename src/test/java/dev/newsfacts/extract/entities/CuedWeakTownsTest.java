package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A small town of weak-towns.txt is a place where the words around it are a place's, and only there. */
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
  @Test
  void aSmallTownAfterTheTownOfIsAPlace() {
    assertEntity("LOCATION:Outjo", "The town of Outjo has had no running water since Sunday.", "Outjo");
  }

  @Test
  void aSmallTownAfterNorthOfIsAPlace() {
    assertEntity("LOCATION:Rosetown", "The tornado touched down 20 kilometres north of Rosetown on Monday.", "Rosetown");
  }

  @Test
  void aSmallTownAfterTheRoadToIsAPlace() {
    assertEntity("LOCATION:Outjo", "Officers stopped the truck on the road to Outjo late on Friday.", "Outjo");
  }

  @Test
  void aSmallTownBeforeItsResidentsIsAPlace() {
    assertEntity("LOCATION:Narrabri", "Narrabri residents queued for sandbags all afternoon.", "Narrabri");
  }

  @Test
  void aSmallTownBeforeItsMayorsPossessiveIsAPlace() {
    assertEntity("LOCATION:Gunnedah", "On Tuesday, Gunnedah's mayor asked the state for help with the repairs.", "Gunnedah");
  }

  @Test
  void aSmallTownHeadingAnAppositionWithATownIsAPlace() {
    assertEntity("LOCATION:Hokitika", "Hokitika, a town of 3,000 people, lost power overnight.", "Hokitika");
  }

  @Test
  void aSmallTownAfterTheTownOfBeforeANounIsNoPlace() {
    ResultDocument doc = run("The school opened a fund for the town of Outjo Farmers Union members.");
    assertTrue(doc.entities().stream().noneMatch(e -> e.type() == EntityType.LOCATION && e.name().equals("Outjo")),
        doc.entities().toString());
  }
}
