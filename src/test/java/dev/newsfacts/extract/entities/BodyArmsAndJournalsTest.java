package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A place after a body's head word is its arm's, inside the name; a journal the lists hold is found whole. */
class BodyArmsAndJournalsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aPlaceAfterTheHeadWordStaysInTheName() {
    String text = "Ann Fraser, of the Open Rivers Society Scotland, said the turnout was poor.";
    assertEntity("ORGANIZATION:Open Rivers Society Scotland", text, "Open Rivers Society Scotland");
  }

  @Test
  void aPersonStepNameWithAHeadAndAPlaceIsABody() {
    String text = "The Open Rivers Society Scotland said the turnout was poor.";
    assertEntity("ORGANIZATION:Open Rivers Society Scotland", text, "Open Rivers Society Scotland");
  }

  @Test
  void wordsAfterTheHeadThatAreNoPlaceStayOut() {
    String text = "Justice Department Inspector General Ellen Marsh released the report on Tuesday.";
    assertEntity("ORGANIZATION:Department of Justice", text, "Justice Department");
  }

  @Test
  void aListedJournalIsFoundWhole() {
    String text = "The study was published on Monday in the Proceedings of the National Academy of Sciences.";
    assertEntity("ORGANIZATION:Proceedings of the National Academy of Sciences", text,
        "Proceedings of the National Academy of Sciences");
  }
}
