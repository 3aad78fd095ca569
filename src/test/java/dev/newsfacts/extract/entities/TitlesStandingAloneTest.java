package dev.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A title or its abbreviation standing without a name is no person. */
class TitlesStandingAloneTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void anAbbreviatedPluralTitleBeforeTwoNamesIsNoPerson() {
    String text = "Two Republican Sens. Alma Ridley and Tom Ostby voted against the bill on Thursday.";
    var doc = NewsEntitiesTest.run(text);
    assertNull(NewsEntitiesTest.entity(doc, "Sens", EntityType.PERSON), doc.entities().toString());
  }

  @Test
  void aTitleWithAPossessiveAndNoNameIsNoPerson() {
    String text = "Investigators said the former Chairwoman’s laptop had been searched twice last spring.";
    var doc = NewsEntitiesTest.run(text);
    assertNull(NewsEntitiesTest.entity(doc, "Chairwoman", EntityType.PERSON), doc.entities().toString());
  }

  @Test
  void anAbbreviatedRankBeforeANameIsNoPerson() {
    String text = "The plan was backed on Monday by Gen. Ruth Adeyemi, who leads the army.";
    var doc = NewsEntitiesTest.run(text);
    assertNull(NewsEntitiesTest.entity(doc, "Gen", EntityType.PERSON), doc.entities().toString());
  }
}
