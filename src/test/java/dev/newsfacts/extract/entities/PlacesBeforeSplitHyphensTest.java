package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A listed place before a hyphen the tokenizer keeps on it. */
class PlacesBeforeSplitHyphensTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aPlaceBeforeBasedIsAPlace() {
    assertEntity("LOCATION:Nairobi", "She runs a Nairobi-based broker that trades tea.", "Nairobi");
  }

  @Test
  void aStateBeforeBasedAfterItsTownIsAPlace() {
    assertEntity("LOCATION:Missouri", "The Kansas City, Missouri-based company said net income rose.", "Missouri");
  }
}
