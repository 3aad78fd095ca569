package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A speaker named by a surname alone, whom the article calls "he" or "she", is a person entity the quote links to. */
class SurnameSpeakersTest {
  private static final String TEXT = "The talks in Geneva ended without a deal on Tuesday.\n\n"
      + "\"We will not give up the northern provinces,\" Varkoni said. He spoke after the last session.\n\n"
      + "Varkoni has led the delegation since March, and his aides expect new talks in May.";

  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aSurnameSpeakerCalledHeIsAPersonEntity() {
    assertNotNull(NewsEntitiesTest.entity(run(TEXT), "Varkoni", EntityType.PERSON));
  }

  @Test
  void theQuoteOfASurnameSpeakerLinksToThatPerson() {
    ResultDocument doc = run(TEXT);
    Entity varkoni = NewsEntitiesTest.entity(doc, "Varkoni", EntityType.PERSON);
    Quote q = doc.quotes().get(0);
    assertEquals(varkoni.id(), q.speaker().entityId());
  }

  @Test
  void aSpeakerCalledItIsNoPerson() {
    String text = "Shares fell on Tuesday.\n\n\"We expect demand to recover,\" Telvanto said. It cut its forecast "
        + "for the year, and its shares fell 4 percent.";
    assertEquals(null, NewsEntitiesTest.entity(run(text), "Telvanto", EntityType.PERSON));
  }

  @Test
  void aWordTheArticleAlsoWritesInLowerCaseIsNoSurname() {
    String text = "Crowds gathered on Tuesday.\n\n\"Stay back,\" Police said. He said the police would close the road.";
    assertEquals(null, NewsEntitiesTest.entity(run(text), "Police", EntityType.PERSON));
  }
}
