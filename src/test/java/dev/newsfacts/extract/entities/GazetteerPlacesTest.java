package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.entityAt;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Places no hand-written list names, known from the packaged subdivision lists (regions.txt, and regions-en.txt for
 * English names and geographic regions).
 */
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
  void theEnglishNamesOfGermanStatesArePlaces() {
    String text = "Wind farms in Bavaria and Lower Saxony produced more power than coal plants last year, the"
        + " network operator said.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:Bavaria", entityAt(doc, text, "Bavaria"), doc.entities().toString());
    assertEquals("LOCATION:Lower Saxony", entityAt(doc, text, "Lower Saxony"), doc.entities().toString());
  }

  @Test
  void aSpanishRegionInEnglishThatOpensASentenceIsAPlace() {
    String text = "Hotel bookings rose in the summer.\n\nCatalonia drew 2.1 million foreign visitors in July, ahead of"
        + " Andalusia and the Balearic Islands, the statistics office said.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:Catalonia", entityAt(doc, text, "Catalonia"), doc.entities().toString());
    assertEquals("LOCATION:Andalusia", entityAt(doc, text, "Andalusia"), doc.entities().toString());
    assertEquals("LOCATION:Balearic Islands", entityAt(doc, text, "Balearic Islands"), doc.entities().toString());
  }

  @Test
  void italianRegionsInEnglishArePlaces() {
    String text = "Hail damaged vineyards across Tuscany on Sunday, a week after storms flooded fields in Lombardy"
        + " and Sicily.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:Tuscany", entityAt(doc, text, "Tuscany"), doc.entities().toString());
    assertEquals("LOCATION:Lombardy", entityAt(doc, text, "Lombardy"), doc.entities().toString());
    assertEquals("LOCATION:Sicily", entityAt(doc, text, "Sicily"), doc.entities().toString());
  }

  @Test
  void australianFarmingRegionsArePlaces() {
    String text = "Rice growers in the Riverina will get less water this season, and environmental flows to the"
        + " Coorong will be cut, the authority said.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:Riverina", entityAt(doc, text, "Riverina"), doc.entities().toString());
    assertEquals("LOCATION:Coorong", entityAt(doc, text, "Coorong"), doc.entities().toString());
  }

  @Test
  void wellKnownGeographicRegionsArePlaces() {
    String text = "Refiners along the Gulf Coast shut units as the storm neared, while drought hit ranchers in"
        + " Patagonia and herders across the Sahel.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:Gulf Coast", entityAt(doc, text, "Gulf Coast"), doc.entities().toString());
    assertEquals("LOCATION:Patagonia", entityAt(doc, text, "Patagonia"), doc.entities().toString());
  }

  @Test
  void aRegionOfBritainNamedAfterACompassWordIsAPlace() {
    String text = "Factory orders fell in the Midlands for a third month, while firms in East Anglia reported"
        + " steady demand.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:Midlands", entityAt(doc, text, "Midlands"), doc.entities().toString());
    assertEquals("LOCATION:East Anglia", entityAt(doc, text, "East Anglia"), doc.entities().toString());
  }

  @Test
  void aBodyNamedForAHyphenatedRegionKeepsTheRegionInItsName() {
    String text = "Irrigators welcomed the plan.\n\nThe Murray-Darling Basin Authority said on Tuesday that flows had"
        + " improved, and the North Rhine-Westphalia Energy Agency said wind output rose.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Murray-Darling Basin Authority", entityAt(doc, text, "Murray-Darling Basin Authority"),
        doc.entities().toString());
    assertEquals("ORGANIZATION:North Rhine-Westphalia Energy Agency",
        entityAt(doc, text, "North Rhine-Westphalia Energy Agency"), doc.entities().toString());
  }

  @Test
  void aHyphenatedRegionBeforeAnOrdinaryNameWordIsStillAPlace() {
    String text = "Drought has cut yields across North Rhine-Westphalia this summer, the farmers' union said.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:North Rhine-Westphalia", entityAt(doc, text, "North Rhine-Westphalia"), doc.entities().toString());
  }

  @Test
  void anEnglishSubdivisionNameThatIsAGivenNameOrANationalityIsLeftOut() {
    assertTrue(LEX.isRegion("Bavaria"));
    assertFalse(LEX.isTown("Peter"));
    assertFalse(LEX.isTown("Chechen"));
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
