package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An em or en dash glued to a name ends it: the word on the dash's other side is no part of the name. */
class DashedNamePartsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aLowerCaseWordAfterAnEmDashIsCutFromTheName() {
    String text = "The mayor praised Dorothy Kimbrell—along with two other councillors—for the vote on Tuesday.";
    assertEntity("PERSON:Dorothy Kimbrell", text, "Dorothy Kimbrell");
  }

  @Test
  void anEnDashEndsANameAsAnEmDashDoes() {
    String text = "The prize went to Kwame Osei–a teacher from Kumasi–on Friday night.";
    assertEntity("PERSON:Kwame Osei", text, "Kwame Osei");
  }

  @Test
  void aNameWithASuffixBeforeADashKeepsTheSuffix() {
    String text = "The land belongs to Hollis Grayburn III—a Tallahassee developer who bought it in 2009.";
    assertEntity("PERSON:Hollis Grayburn III", text, "Hollis Grayburn III");
  }
}
