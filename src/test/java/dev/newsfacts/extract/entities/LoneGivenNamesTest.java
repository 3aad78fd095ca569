package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.entityAt;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A given name alone is a person only where nothing around it makes it part of a longer name. */
class LoneGivenNamesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aGivenNameAfterANameParticleEndsALongerName() {
    String text = "The winger joined from Deportivo del Carmen for a fee of about 4 million dollars.";
    ResultDocument doc = run(text);
    assertNotEquals("PERSON:Carmen", entityAt(doc, text, "Carmen"), doc.entities().toString());
  }

  @Test
  void aGivenNameBeforeOfAndANameOpensALongerName() {
    String text = "Ships waited nine days, according to the Marina of Halvik Authority, which runs the quays.";
    ResultDocument doc = run(text);
    assertNotEquals("PERSON:Marina", entityAt(doc, text, "Marina"), doc.entities().toString());
  }

  @Test
  void aGivenNameBeforeOfAndALowerCaseWordIsStillAPerson() {
    String text = "The crowd cheered as the candidate spoke. Nobody heard more of it than Rosalind of all people.";
    ResultDocument doc = run(text);
    assertEquals("PERSON:Rosalind", entityAt(doc, text, "Rosalind"), doc.entities().toString());
  }
}
