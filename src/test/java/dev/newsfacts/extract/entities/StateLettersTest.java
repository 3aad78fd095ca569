package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A state's or province's postal letters name a place, never an organisation ("for AZ, not DC"). */
class StateLettersTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aUsStatesLettersAreNoOrganisation() {
    String text = "\"I'll be a champion for AZ, not DC,\" the candidate told supporters on Friday.";
    assertNull(NewsEntitiesTest.entity(NewsEntitiesTest.run(text), "AZ", EntityType.ORGANIZATION));
    assertNull(NewsEntitiesTest.entity(NewsEntitiesTest.run(text), "DC", EntityType.ORGANIZATION));
  }

  @Test
  void anAustralianStatesLettersAreNoOrganisation() {
    String text = "The flock is half the size it was in 2000, when WA ran about 25 million sheep.";
    assertNull(NewsEntitiesTest.entity(NewsEntitiesTest.run(text), "WA", EntityType.ORGANIZATION));
  }

  @Test
  void aBodyNamedWithAProvincesLettersIsStillAnOrganisation() {
    assertEntity("ORGANIZATION:BC Wildfire Service",
        "About 2,300 residents left their homes, the BC Wildfire Service said on Monday.", "BC Wildfire Service");
  }
}
