package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two small towns of weak-towns.txt joined by "and", "or" or a comma are places. */
class WeakTownPairsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void theFirstOfTwoSmallTownsJoinedByAndIsAPlace() {
    assertEntity("LOCATION:Moree", "The highway that links Moree and Narrabri reopened on Sunday.", "Moree");
  }

  @Test
  void theSecondOfTwoSmallTownsJoinedByAndIsAPlace() {
    assertEntity("LOCATION:Narrabri", "The highway that links Moree and Narrabri reopened on Sunday.", "Narrabri");
  }

  @Test
  void aSmallTownListedWithACommaBeforeAnotherIsAPlace() {
    assertEntity("LOCATION:Castlebar", "Castlebar, Belmullet and Westport all reported flooding.", "Castlebar");
  }

  @Test
  void aSmallTownJoinedToAWordNoListHoldsIsNoPlace() {
    ResultDocument doc = run("The council met on Monday. Kerrobert and Quillfeather signed the merger deal.");
    assertTrue(doc.entities().stream().noneMatch(e -> e.type() == EntityType.LOCATION && e.name().equals("Kerrobert")),
        doc.entities().toString());
  }
}
