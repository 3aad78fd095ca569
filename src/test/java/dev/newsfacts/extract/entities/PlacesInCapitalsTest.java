package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A city in capitals before a colon opens a dateline, not a transcript's speaker. */
class PlacesInCapitalsTest {
  private static final String STORY = "KUALA LUMPUR: The central bank kept its key rate unchanged yesterday, saying "
      + "inflation stays low.\n\nEconomists had expected no change.";

  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aCityInCapitalsBeforeAColonIsThePlace() {
    assertEntity("LOCATION:Kuala Lumpur", STORY, "KUALA LUMPUR");
  }

  @Test
  void aCityInCapitalsBeforeAColonIsNoPerson() {
    assertNull(NewsEntitiesTest.entity(NewsEntitiesTest.run(STORY), "KUALA LUMPUR", EntityType.PERSON));
  }

  @Test
  void capitalsOfAPlaceReadInTitleCase() {
    assertEquals("Kuala Lumpur", PlacesInCapitals.place("KUALA LUMPUR", EntityLexicon.load()));
  }

  @Test
  void capitalsOfNoPlaceAreNone() {
    assertNull(PlacesInCapitals.place("JOHN SMITH", EntityLexicon.load()));
  }
}
