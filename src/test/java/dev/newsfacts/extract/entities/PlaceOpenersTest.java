package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A natural place's word opening a name. */
class PlaceOpenersTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aLakeWhoseNameIsATownIsOneLake() {
    assertEntity("LOCATION:Lake Superior", "Levels were well above Lake Superior, where studies found less.",
        "Lake Superior");
  }

  @Test
  void aMountainIsOnePlace() {
    assertEntity("LOCATION:Mount Elgon", "Landslides cut roads on the slopes of Mount Elgon this week.", "Mount Elgon");
  }

  @Test
  void aBodyNamedForALakeStaysABody() {
    assertEntity("ORGANIZATION:Lake Victoria Fisheries Organization",
        "The Lake Victoria Fisheries Organization said catches fell.", "Lake Victoria Fisheries Organization");
  }
}
