package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A name no list knows before "-based" or "-area" is a place; an acronym there is not. */
class UnlistedPlacesBeforeHyphensTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void anUnknownNameBeforeBasedIsAPlace() {
    assertEntity("LOCATION:Brantwick", "A Brantwick-based charity backed the plan on Monday.", "Brantwick");
  }

  @Test
  void anUnknownNameBeforeAreaIsAPlace() {
    assertEntity("LOCATION:Tollerby", "Growers said the Tollerby-area harvest was poor this year.", "Tollerby");
  }

  @Test
  void anAcronymBeforeBasedIsNoPlace() {
    ResultDocument doc = run("Several NASA-based teams joined the survey last year.");
    assertTrue(doc.entities().stream().noneMatch(e -> e.type() == EntityType.LOCATION), doc.entities().toString());
  }
}
