package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names the person step takes for people's that the words around them call places. */
class CuedPlaceNamesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aPersonLikeNameNearAPlaceWordIsAPlace() {
    assertEntity("LOCATION:Myrtle Grove", "Engineers began building a sill near Myrtle Grove earlier this month.",
        "Myrtle Grove");
  }

  @Test
  void aSurnameLikeTownInAMatchOnADayIsAPlace() {
    assertEntity("LOCATION:Hamilton", "The Chiefs beat the Western Force 38-12 in Hamilton on Friday.", "Hamilton");
  }

  @Test
  void aGroundEndingInAPlaceWordAfterAtIsAPlace() {
    assertEntity("LOCATION:Eden Park", "The Blues lost 31-24 at Eden Park on Friday night.", "Eden Park");
  }

  @Test
  void aCoastAfterTheIsAPlace() {
    assertEntity("LOCATION:Sunshine Coast", "Residents of the Sunshine Coast were told to leave on Tuesday.", "Sunshine Coast");
  }

  @Test
  void aNameEndingInAPlaceWordBeforeANounAfterTheStaysAPerson() {
    assertEntity("PERSON:Melissa Bay", "Critics panned the Melissa Bay film, and Bay said she was proud of it.", "Melissa Bay");
  }

  @Test
  void aLakeIsAPlace() {
    assertEntity("LOCATION:Lake Tahoe", "Lake Tahoe holds more plastic than expected, researchers found.", "Lake Tahoe");
  }

  @Test
  void aLakeInsideABodysNameThatSpeaksIsStillAPlace() {
    assertEntity("LOCATION:Lake Ordway",
        "Lake Ordway is shrinking.\n\nThe Friends of Lake Ordway said the water had fallen a metre.", "Lake Ordway");
  }

  @Test
  void aMountainWithAPossessiveIsAPlace() {
    assertEntity("LOCATION:Mount Elgonyi", "Mount Elgonyi's slopes were cleared of farms, Mount Elgonyi rangers said.",
        "Mount Elgonyi");
  }

  @Test
  void aPersonWithATitleNearAPlaceWordStaysAPerson() {
    assertEntity("PERSON:Martha Hale", "The crowd gathered near Senator Martha Hale as she spoke.", "Martha Hale");
  }

  @Test
  void aPersonWhoSpeaksStaysAPerson() {
    assertEntity("PERSON:Grace Hamilton",
        "In Hamilton, the crowd cheered. Grace Hamilton said the result was deserved.\n\nHamilton said more.",
        "Grace Hamilton");
  }
}
