package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A compass word, a listed place and one plural word name a sports club, the compass word included. */
class CompassPlaceSidesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aCompassWordBeforeAPlaceStaysInTheClubsName() {
    assertEntity("ORGANIZATION:North Queensland Stingers",
        "The North Queensland Stingers beat the visitors 30-12 in the season opener.", "North Queensland Stingers");
  }

  @Test
  void aSouthernSideOfACityNamesTheClubToo() {
    assertEntity("ORGANIZATION:South Sydney Falcons",
        "The South Sydney Falcons lost 3-1 at home on Saturday.", "South Sydney Falcons");
  }
}
