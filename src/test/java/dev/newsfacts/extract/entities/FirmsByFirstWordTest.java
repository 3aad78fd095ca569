package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.EntityType;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A firm named first in full and later by its first word alone is the firm there. */
class FirmsByFirstWordTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aGivenNameThatOpensAFirmsNameIsTheFirmLater() {
    var doc = NewsEntitiesTest.run(
        "Harlan Cold Chain Inc. reported profit above estimates on Tuesday. Analysts said Harlan's contracts were long.");
    var firm = NewsEntitiesTest.entity(doc, "Harlan Cold Chain Inc.", EntityType.ORGANIZATION);
    assertTrue(firm != null && firm.mentions().stream().anyMatch(m -> m.text().equals("Harlan")), String.valueOf(doc.entities()));
  }

  @Test
  void theSameWordWithATitleStaysAPerson() {
    assertEntity("PERSON:Dale Harlan",
        "Harlan Cold Chain Inc. reported profit on Tuesday. Its founder, Dale Harlan, said the results were strong.", "Dale Harlan");
  }
}
