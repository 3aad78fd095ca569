package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A place's last word that also opens a title stays with the place before it. */
class PlaceHeadsInTitlesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aCountyBeforeACommissionerIsOnePlace() {
    assertEntity("LOCATION:Essex County",
        "The mayor leads former Essex County Commissioner Marcus Hale 41% to 38%, the poll found.", "Essex County");
  }

  @Test
  void theCommissionerAfterTheCountyStaysAPerson() {
    assertEntity("PERSON:Marcus Hale",
        "The mayor leads former Essex County Commissioner Marcus Hale 41% to 38%, the poll found.", "Marcus Hale");
  }
}
