package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.entity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.entityAt;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names no single list settles: a country under two names, a classifier noun, weak head words, a title inside a name. */
class UnlistedNamesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void turkeyAndTurkiyeAreOnePlace() {
    String text = "Türkiye's central bank cut rates on Thursday. Turkey's deficit widened in August.";
    ResultDocument doc = run(text);
    Entity place = entity(doc, "Turkey", EntityType.LOCATION);
    assertNotNull(place, doc.entities().toString());
    assertEquals(2, place.mentions().size(), place.toString());
    assertTrue(place.aliases().contains("Türkiye"), place.toString());
  }

  @Test
  void aTitleWordInsideAListedOrganisationIsNoPersonsTitle() {
    String text = "Pay rose 4.6 percent, according to the Office for National Statistics.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Office for National Statistics", entityAt(doc, text, "Office for National Statistics"),
        doc.entities().toString());
    assertTrue(doc.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), doc.entities().toString());
  }

  @Test
  void aNameAfterAClassifierNounIsAnOrganisation() {
    String text = "Opponents, led by the neighborhood group Livable Harbor, plan to gather signatures.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Livable Harbor", entityAt(doc, text, "Livable Harbor"), doc.entities().toString());
  }

  @Test
  void aWeakHeadWordAfterANameInsideASentenceEndsAnOrganisation() {
    String text = "Talks between the nurses and Allina Health broke down on Sunday.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Allina Health", entityAt(doc, text, "Allina Health"), doc.entities().toString());
  }

  @Test
  void aWeakHeadWordInATitleCaseHeadlineIsNoOrganisation() {
    String text = "Stealth Over Health\n\nThe campaign said little about the senator's medical records on Monday.";
    ResultDocument doc = run(text);
    assertNotEquals("ORGANIZATION:Stealth Over Health", entityAt(doc, text, "Stealth Over Health"), doc.entities().toString());
  }

  @Test
  void aPersonAfterALowerCaseHeadWordStaysAPerson() {
    String text = "Mariano served as physician in the administration of former President Bill Clinton, she said.";
    ResultDocument doc = run(text);
    assertEquals("PERSON:Bill Clinton", entityAt(doc, text, "Bill Clinton"), doc.entities().toString());
  }
}
