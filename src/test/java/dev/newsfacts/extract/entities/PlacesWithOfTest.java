package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A geographic word, "of" and a name; a national park; a capital's name and the shorter name inside it; a dateline on its own line. */
class PlacesWithOfTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aGulfOfACountryIsOnePlace() {
    assertEntity("LOCATION:Gulf of Mexico", "Barges carry most of the harvest down to the Gulf of Mexico each autumn.",
        "Gulf of Mexico");
  }

  @Test
  void anIsleOfANameIsOnePlace() {
    assertEntity("LOCATION:Isle of Wight", "Spills were recorded across Hampshire and the Isle of Wight last year.",
        "Isle of Wight");
  }

  @Test
  void aFirthOfANameIsOnePlace() {
    assertEntity("LOCATION:Firth of Forth", "Seals were counted on the islands of the Firth of Forth this summer.",
        "Firth of Forth");
  }

  @Test
  void aNationalParkIsOnePlaceNotAPerson() {
    assertEntity("LOCATION:Etosha National Park", "Two rhinos were found dead in the Etosha National Park on Friday.",
        "Etosha National Park");
  }

  @Test
  void delhiAloneIsNotNewDelhi() {
    assertEntity("LOCATION:Delhi", "Schools in Delhi will close on Monday, the city's government said.", "Delhi");
  }

  @Test
  void aPlaceInCapitalsOnItsOwnLineIsAPlace() {
    assertEntity("LOCATION:New Delhi", "NEW DELHI\n\nThe capital's air turned severe on Wednesday, officials said.",
        "NEW DELHI");
  }
}
