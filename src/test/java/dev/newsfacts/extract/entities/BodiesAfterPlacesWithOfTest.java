package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A body's head word after a place named with "of" makes the whole the body's name. */
class BodiesAfterPlacesWithOfTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aCouncilNamedForABayIsACouncil() {
    assertEntity("ORGANIZATION:Bay of Islands Harbour Council",
        "The Bay of Islands Harbour Council voted to raise mooring fees on Thursday.", "Bay of Islands Harbour Council");
  }

  @Test
  void theBayAloneStaysAPlace() {
    assertEntity("LOCATION:Bay of Islands", "Ferries across the Bay of Islands were cancelled on Thursday.", "Bay of Islands");
  }
}
