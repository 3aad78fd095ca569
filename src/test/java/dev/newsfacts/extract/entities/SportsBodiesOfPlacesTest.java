package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A place's name and a sport's name, and nothing else, name a club or a governing body. */
class SportsBodiesOfPlacesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aCityAndRugbyNameTheCitysClub() {
    assertEntity("ORGANIZATION:Edinburgh Rugby",
        "Edinburgh Rugby came from behind to win 21-17 in the rain.", "Edinburgh Rugby");
  }

  @Test
  void aSportAndACountryNameItsGoverningBody() {
    assertEntity("ORGANIZATION:Netball Australia",
        "Netball Australia said on Monday that the final would be moved to Perth.", "Netball Australia");
  }
}
