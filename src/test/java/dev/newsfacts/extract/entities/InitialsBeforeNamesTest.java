package dev.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dotted initials inside a person's name are no organisation. */
class InitialsBeforeNamesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void initialsBetweenAGivenNameAndASurnameAreNoOrganisation() {
    ResultDocument doc = NewsEntitiesTest.run("In contrast, when Vice President Walter R.T. Hamlin ran in 1988, he won easily.");
    assertNull(NewsEntitiesTest.entity(doc, "R.T.", EntityType.ORGANIZATION), doc.entities().toString());
  }

  @Test
  void initialsOpeningASpeakersNameAreNoOrganisation() {
    ResultDocument doc = NewsEntitiesTest.run("\"It was close,\" said K.M. Delacourt, a fellow at the institute.");
    assertNull(NewsEntitiesTest.entity(doc, "K.M.", EntityType.ORGANIZATION), doc.entities().toString());
  }
}
