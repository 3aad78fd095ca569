package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.entity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names the person step takes that are a firm (", which"), a town (after "in") or a holiday (no place). */
class ThingsNamedLikePeopleTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aNameFollowedByWhichIsAnOrganisation() {
    ResultDocument doc = run("Mark Davies and Halvorsen advised the buyers.\n\nGraduates now work long days at "
        + "Halvorsen, which advises big corporations on mergers.");
    assertNotNull(entity(doc, "Halvorsen", EntityType.ORGANIZATION), doc.entities().toString());
  }

  @Test
  void aListedTownAfterInIsAPlace() {
    ResultDocument doc = run("Hillary Clinton and Benghazi dominated the hearing.\n\nHe wanted to talk about the lack "
        + "of security in Benghazi.");
    assertNotNull(entity(doc, "Benghazi", EntityType.LOCATION), doc.entities().toString());
  }

  @Test
  void christmasIsNoPlace() {
    ResultDocument doc = run("Shoppers fear further walkouts in the run-up to Christmas, the union said.");
    assertTrue(doc.entities().stream().noneMatch(e -> e.name().equals("Christmas")), doc.entities().toString());
  }
}
