package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Given names news mostly writes for things open no person's name without a person's cue. */
class GivenNamesForThingsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aCarMakeAndModelIsNoPerson() {
    String text = "Police said a stolen Kia Sorento was found burned out near the river on Sunday.";
    assertNull(NewsEntitiesTest.entity(NewsEntitiesTest.run(text), "Kia Sorento", EntityType.PERSON));
  }

  @Test
  void aGermanCarIsNoPerson() {
    String text = "Officers stopped a black Audi Quattro on the motorway and arrested two men.";
    assertNull(NewsEntitiesTest.entity(NewsEntitiesTest.run(text), "Audi Quattro", EntityType.PERSON));
  }

  @Test
  void aPalmIslandIsNoPerson() {
    String text = "Prices rose fastest on Palm Deira and in the older districts, the agency said on Tuesday.";
    assertNull(NewsEntitiesTest.entity(NewsEntitiesTest.run(text), "Palm Deira", EntityType.PERSON));
  }

  @Test
  void aNationalAgencyCutAtACommaIsNoPerson() {
    String text = "The Philippine Seismological, Volcanic and Tidal Bureau said the quake struck at dawn.";
    assertNull(NewsEntitiesTest.entity(NewsEntitiesTest.run(text), "Philippine Seismological", EntityType.PERSON));
  }

  @Test
  void aUniversityCampusIsAnOrganisation() {
    assertEntity("ORGANIZATION:UC Irvine", "\"The results surprised us,\" said Ana Ruiz, a professor of hydrology at UC Irvine and the "
        + "study's lead author. Researchers from the University of California, Irvine, and two other schools took part.", "UC Irvine");
  }

  @Test
  void aBodySpeakingWithTheIsNoPerson() {
    String text = "The storm weakened overnight, according to the Philippine Seismological, Volcanic and Tidal Bureau.";
    assertNull(NewsEntitiesTest.entity(NewsEntitiesTest.run(text), "Philippine Seismological", EntityType.PERSON));
  }

  @Test
  void aPersonCalledByHerSurnameLaterStaysAPerson() {
    assertEntity("PERSON:Kia Hammond", "Kia Hammond runs the clinic in the east of the city. Hammond has worked there for a decade.",
        "Kia Hammond");
  }

  @Test
  void aTitledPersonStaysAPerson() {
    assertEntity("PERSON:Palm Okafor", "The data were released by Dr. Palm Okafor at the hospital in the morning.", "Palm Okafor");
  }
}
