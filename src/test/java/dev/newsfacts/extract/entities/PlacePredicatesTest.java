package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A name that a copula says is a kind of place is a place, also where it is a given name too. */
class PlacePredicatesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aNameThatRemainedTheLargestProducingStateIsAPlace() {
    String text = "Output rose 4% in March, the board said. Kedira remained the largest producing state with 400,000 tonnes.";
    assertEntity("LOCATION:Kedira", text, "Kedira");
  }

  @Test
  void aGivenNameThatIsTheMostPopulousProvinceIsAPlace() {
    String text = "Turnout was low across the country. Amara was the most populous province to vote, officials said.";
    assertEntity("LOCATION:Amara", text, "Amara");
  }

  @Test
  void aNameThatBecameAQuietTownIsAPlace() {
    String text = "The mine closed in 1998. Tallowbrook became a quiet town after that, with half its shops shut.";
    assertEntity("LOCATION:Tallowbrook", text, "Tallowbrook");
  }

  @Test
  void aPersonWhoIsTheStatesSenatorStaysAPerson() {
    String text = "Senator Warren Hale spoke on Monday. Hale is the state's senior senator and chairs the panel.";
    assertEntity("PERSON:Warren Hale", text, "Warren Hale");
  }

  @Test
  void aPersonWhoWasTheFirstInTheStateStaysAPerson() {
    String text = "Marta Lind signed the pledge. Lind was the first in the state to sign it, her office said.";
    assertEntity("PERSON:Marta Lind", text, "Marta Lind");
  }
}
