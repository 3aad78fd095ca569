package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Words that end a place's name: grounds, parishes, streets, coves, creeks and regions. */
class PlaceWordsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aCityAfterAListedPlaceIsOnePlace() {
    assertEntity("LOCATION:Quebec City", "The premier told reporters in Quebec City that the list was shorter.",
        "Quebec City");
  }

  @Test
  void aCricketOvalIsAPlace() {
    assertEntity("LOCATION:Harbourside Oval", "Tasmania chased down 312 to win at Harbourside Oval on Tuesday.",
        "Harbourside Oval");
  }

  @Test
  void aParishBeforeAnOfficeIsAPlace() {
    assertEntity("LOCATION:Terrebonne Parish", "Terrebonne Parish President Carla Mouton said the levee held.",
        "Terrebonne Parish");
  }

  @Test
  void aStreetEndingInDriveIsOnePlace() {
    assertEntity("LOCATION:East Lincoln Drive", "The car hit a cyclist on East Lincoln Drive late on Friday.",
        "East Lincoln Drive");
  }

  @Test
  void aCreekIsAPlace() {
    assertEntity("LOCATION:Otter Creek", "Crews cleared a fallen tree near Otter Creek on Monday, officials said.",
        "Otter Creek");
  }

  @Test
  void aMetropolitanRegionIsAPlace() {
    assertEntity("LOCATION:Capital Metropolitan Region", "Burglaries fell in the Capital Metropolitan Region last "
        + "year, police said.", "Capital Metropolitan Region");
  }

  @Test
  void aProvinceOpeningASentenceWithAnAdjectiveIsOnePlace() {
    assertEntity("LOCATION:Central Province",
        "The harvest will leave a surplus. Central Province is expected to produce the most maize this year.",
        "Central Province");
  }

  @Test
  void aProvinceOpeningASentenceBeforeSaidIsNoPerson() {
    assertEntity("LOCATION:Northern Province",
        "Rain was late. Northern Province said it expects a smaller crop than last year.", "Northern Province");
  }

  @Test
  void aFloodwayIsAPlace() {
    assertEntity("LOCATION:Tarran River Floodway", "The budget pays for repairs to the Tarran River Floodway and new dikes.",
        "Tarran River Floodway");
  }
}
