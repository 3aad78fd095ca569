package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** In a match report a place's name in a side's spot names the side; venues and countries stay places. */
class SportsSidesTest {
  private static final String REPORT = "Portland beat Halcones 2-1 on Sunday to move second in the league standings.\n\n"
      + "Striker Ana Ruiz scored both goals at Harbor Park in Portland, and the coach praised the defending. "
      + "Halcones had equalized through a penalty.\n\nPortland coach Mark Ellis said the match was hard.";

  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aCityThatBeatItsRivalIsTheClub() {
    assertEntity("ORGANIZATION:Portland", REPORT, "Portland");
  }

  @Test
  void anUnknownNameBeatenIsTheRivalClub() {
    assertEntity("ORGANIZATION:Halcones", REPORT, "Halcones");
  }

  @Test
  void aCityThatBeatARecordOutsideSportStaysAPlace() {
    assertEntity("LOCATION:Portland", "Portland beat its own record for rainfall on Sunday, the weather service said.", "Portland");
  }

  @Test
  void aCountryPlayedAgainstStaysAPlace() {
    assertEntity("LOCATION:Peru", "The striker scored two goals this season and will join after the match against Peru. "
        + "His coach said the league had noticed.", "Peru");
  }

  @Test
  void aTestCaptainInACricketReportIsNoSide() {
    String report = "The board named its squad for the series on Monday, with two new bowlers and a new coach.\n\n"
        + "Test captain Ali Raza kept his place, and the league's top batsman was recalled for the first innings.";
    assertEntity(null, report, "Test");
  }
}
