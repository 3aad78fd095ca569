package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A sponsor's name with a body's head word before a ground's word is the ground's name, a place. */
class SponsoredVenuesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aStadiumNamedForABankIsAPlace() {
    assertEntity("LOCATION:Coral Coast Building Society Stadium",
        "The Sharks won 24-10 at Coral Coast Building Society Stadium on Friday night.", "Coral Coast Building Society Stadium");
  }

  @Test
  void anArenaNamedForAGroupIsAPlace() {
    assertEntity("LOCATION:Meridian Bank Arena",
        "More than 9,000 fans filled the Meridian Bank Arena for the final.", "Meridian Bank Arena");
  }

  @Test
  void theBankAloneStaysABody() {
    assertEntity("ORGANIZATION:Meridian Bank",
        "Meridian Bank raised its mortgage rates by a quarter point on Monday.", "Meridian Bank");
  }
}
