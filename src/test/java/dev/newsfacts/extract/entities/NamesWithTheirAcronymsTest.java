package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.entity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A name of three or more words with its initials in brackets after it is a body's, also a speaking one. */
class NamesWithTheirAcronymsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aSpeakingNameWithItsAcronymIsAnOrganisation() {
    assertEntity("ORGANIZATION:Harbour Valley Regional Transit",
        "Harbour Valley Regional Transit (HVRT) said ridership on its routes rose 12 per cent.",
        "Harbour Valley Regional Transit");
  }

  @Test
  void theAcronymIsTheSameOrganisation() {
    assertEntity("ORGANIZATION:Harbour Valley Regional Transit",
        "Harbour Valley Regional Transit (HVRT) said ridership rose. HVRT will add buses in May.", "HVRT");
  }

  @Test
  void aNameOpenedByAGivenNameStaysAPerson() {
    ResultDocument doc = run("Labour MP Jane Ellis Porter (JEP) spoke first at the meeting on Monday.");
    assertNotNull(entity(doc, "Jane Ellis Porter", EntityType.PERSON), doc.entities().toString());
  }

  @Test
  void aPlansNameWithItsAcronymIsNoOrganisation() {
    ResultDocument doc = run("The council switched on its Flood Response Action Plan (FRAP) on Monday after heavy rain.");
    assertNull(entity(doc, "Flood Response Action Plan", EntityType.ORGANIZATION), doc.entities().toString());
  }
}
