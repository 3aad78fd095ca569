package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A name ending in the plural of a facility is its operator's; the singular ends a place's name. */
class OperatorPluralsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aCountryAndAirportsNameTheAirportOperator() {
    assertEntity("ORGANIZATION:Samoa Airports", "Passenger numbers rose by a fifth in June, Samoa Airports said.",
        "Samoa Airports");
  }

  @Test
  void aSingleAirportStaysAPlace() {
    assertEntity("LOCATION:Faleolo International Airport", "Flights resumed at Faleolo International Airport on Monday.",
        "Faleolo International Airport");
  }
}
