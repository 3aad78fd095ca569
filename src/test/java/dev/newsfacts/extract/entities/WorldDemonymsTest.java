package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Nationalities, peoples and faiths known from demonyms-world.txt. */
class WorldDemonymsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  private static final EntityLexicon LEX = EntityLexicon.load();

  @Test
  void aNationalityPointsAtItsCountryInBothNumbers() {
    assertEquals("Ghana", LEX.demonym("Ghanaian"));
    assertEquals("Ghana", LEX.demonym("Ghanaians"));
  }

  @Test
  void aPeopleNamedInThePluralIsNoPerson() {
    String text = "Aid groups warned of a new crisis.\n\nThousands of Yazidis fled the area on Sunday, and Armenians"
        + " living nearby said the roads were closed.";
    ResultDocument doc = run(text);
    for (Entity e : doc.entities()) {
      assertTrue(e.type() != EntityType.PERSON || !e.name().matches("Yazidis|Armenians"), doc.entities().toString());
    }
  }

  @Test
  void aNationalityNounAfterAnAgeIsNoPerson() {
    String text = "The 24-year-old Dane attacked with 400 metres to go and won by two seconds.";
    ResultDocument doc = run(text);
    for (Entity e : doc.entities()) assertTrue(e.type() != EntityType.PERSON, doc.entities().toString());
    assertEquals("Denmark", LEX.demonym("Dane"));
    assertEquals("France", LEX.demonym("Frenchwoman"));
  }

  @Test
  void aGivenNameLikeANationalityStillOpensAPersonsName() {
    assertEquals("PERSON:Dane Harlow", NewsEntitiesTest.entityAt(run("Dane Harlow said the plan would fail."),
        "Dane Harlow said the plan would fail.", "Dane Harlow"));
  }
}
