package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two names no list knows, set where only places go. */
class PlaceNamePairsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  private static final String ROUTE = "Saturday's stage is a 140-kilometre run from Orbeizu to Lekarra with four climbs.";
  private static final String PAIR = "Farmers in Kelborne and Drayford are still waiting for the payments, she said.";

  @Test
  void theStartOfARouteBetweenTwoUnknownNamesIsAPlace() {
    assertEntity("LOCATION:Orbeizu", ROUTE, "Orbeizu");
  }

  @Test
  void theEndOfARouteBetweenTwoUnknownNamesIsAPlace() {
    assertEntity("LOCATION:Lekarra", ROUTE, "Lekarra");
  }

  @Test
  void bothNamesOfAPairAfterAPlacesInArePlaces() {
    assertEntity("LOCATION:Kelborne", PAIR, "Kelborne");
    assertEntity("LOCATION:Drayford", PAIR, "Drayford");
  }

  @Test
  void aListedPartyAtOneEndMakesNoRoute() {
    String text = "Voters switched from Labour to Reform in large numbers, the poll found.";
    assertNotEquals("LOCATION:Reform", NewsEntitiesTest.entityAt(NewsEntitiesTest.run(text), text, "Reform"));
  }

  @Test
  void aPairModifyingANounAfterItIsNoPlace() {
    String text = "Shares in Kelborne and Drayford Holdings fell on Monday.";
    assertNotEquals("LOCATION:Kelborne", NewsEntitiesTest.entityAt(NewsEntitiesTest.run(text), text, "Kelborne"));
  }
}
