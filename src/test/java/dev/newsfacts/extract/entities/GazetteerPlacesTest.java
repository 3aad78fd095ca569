package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.entityAt;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Places no hand-written list names, known from the packaged subdivision list (regions.txt). */
class GazetteerPlacesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  private static final EntityLexicon LEX = EntityLexicon.load();

  @Test
  void anIndianStateIsAPlace() {
    String text = "Farmers in Karnataka and Telangana said the monsoon rains had come two weeks late this year.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:Karnataka", entityAt(doc, text, "Karnataka"), doc.entities().toString());
    assertEquals("LOCATION:Telangana", entityAt(doc, text, "Telangana"), doc.entities().toString());
  }

  @Test
  void aProvinceOfTwoWordsThatSaidSomethingIsStillAPlace() {
    String text = "Dam levels rose again this week.\n\nOfficials in the Eastern Cape said on Monday that floods had closed"
        + " roads near the coast.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:Eastern Cape", entityAt(doc, text, "Eastern Cape"), doc.entities().toString());
  }

  @Test
  void aMexicanStateWithoutItsAccentIsStillAPlace() {
    assertTrue(LEX.isTown("Nuevo León"));
    assertTrue(LEX.isTown("Nuevo Leon"));
  }

  @Test
  void aSubdivisionThatIsAnOrdinaryWordOrAGivenNameIsLeftOut() {
    assertFalse(LEX.isTown("Delta"));
    assertFalse(LEX.isTown("Kerry"));
    assertFalse(LEX.isTown("North West"));
  }

  @Test
  void aSmallEnglishTownOfTwoWordsIsAPlace() {
    String text = "A new library will open next spring.\n\nThe council said flooding had closed two roads in Cheadle Hulme"
        + " on Tuesday night.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:Cheadle Hulme", entityAt(doc, text, "Cheadle Hulme"), doc.entities().toString());
  }

  @Test
  void aSmallTownOfOneWordIsLeftOutAsLikelyASurname() {
    assertFalse(LEX.isTown("Blackwell"));
  }
}
