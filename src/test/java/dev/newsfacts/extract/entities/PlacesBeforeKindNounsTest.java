package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An unknown name right before a kind of place ("area", "mine", "province") is a place; a person's name is not. */
class PlacesBeforeKindNounsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void anUnknownNameBeforeAMineIsAPlace() {
    assertEntity("LOCATION:Tallowby", "Output at the Tallowby mine rose 4 per cent in June.", "Tallowby");
  }

  @Test
  void bothNamesBeforePluralAreasArePlaces() {
    assertEntity("LOCATION:Grenholm", "Hail swept through the Kestervale and Grenholm areas on Sunday.", "Grenholm");
  }

  @Test
  void thePersonsSurnameBeforeAKindOfPlaceIsNoPlace() {
    ResultDocument doc = run("Mayor Ruth Kestrel opened the clinic.\n\nCritics said the Kestrel district plan was rushed.");
    assertTrue(doc.entities().stream().noneMatch(e -> e.type() == EntityType.LOCATION && e.name().equals("Kestrel")),
        doc.entities().toString());
  }
}
