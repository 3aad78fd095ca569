package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A name set off by commas after a body's noun, or followed by "one of" and a plural of one, is the body's. */
class ReversedAppositionsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aNameAfterTheNationalAgencyAndACommaIsTheAgency() {
    assertEntity("ORGANIZATION:Senamhi", "Forecasters at the national weather agency, Senamhi, said the frost would last.",
        "Senamhi");
  }

  @Test
  void aNameBeforeOneOfTheOperatorsIsAnOperator() {
    assertEntity("ORGANIZATION:Rydell", "Rydell, one of three bike-share operators in Lyon, said thefts had doubled.",
        "Rydell");
  }

  @Test
  void aPlaceAfterTheAgencyAndACommaStaysAPlace() {
    assertEntity("LOCATION:Lima", "Staff of the weather agency, Lima, and the ministry met on Tuesday.", "Lima");
  }
}
