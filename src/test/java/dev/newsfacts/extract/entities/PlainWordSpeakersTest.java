package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.entityAt;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A speaker's name that opens with a word the article writes in lower case names a thing, not a person. */
class PlainWordSpeakersTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aSpeakerOpeningWithAPlainWordOfTheArticleIsNoPerson() {
    String text = "Rain stayed away and the flooding risk fell.\n\n"
        + "Some 40% of the valley faces flooding this spring, according to the Flooding Outlook Tracker.";
    ResultDocument doc = run(text);
    assertTrue(doc.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), doc.entities().toString());
  }

  @Test
  void aSpeakerWithAnUnlistedGivenNameIsStillAPerson() {
    String text = "Prices doubled in a year.\n\n\"We cannot pay this,\" said Tupaq Quispenina, who farms near the river.";
    ResultDocument doc = run(text);
    assertEquals("PERSON:Tupaq Quispenina", entityAt(doc, text, "Tupaq Quispenina"), doc.entities().toString());
  }
}
