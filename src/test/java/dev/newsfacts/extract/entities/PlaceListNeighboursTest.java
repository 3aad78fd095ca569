package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A given name listed with places is a place, not a person called by first name. */
class PlaceListNeighboursTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aGivenNameFirstInAListOfCitiesIsACity() {
    assertEntity("LOCATION:Lyon", "Other cities including Lyon, Lille and Montpellier apply similar caps, the ministry said.",
        "Lyon");
  }

  @Test
  void aGivenNameLastInAListOfTownshipsIsAPlace() {
    assertEntity("LOCATION:Alexandra", "Outages left parts of Soweto, Roodepoort and Alexandra without water for a week.",
        "Alexandra");
  }

  @Test
  void aGivenNameAloneStaysAPerson() {
    assertEntity("PERSON:Melanie", "The council voted on Tuesday. “I would,” Melanie said after the meeting.", "Melanie");
  }
}
