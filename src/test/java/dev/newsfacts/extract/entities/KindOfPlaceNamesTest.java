package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A word for a kind of place at the end of a name makes it a place, also after a given name; its first word alone stays it. */
class KindOfPlaceNamesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aReservoirAfterAGivenNameIsAPlace() {
    assertEntity("LOCATION:Morgan Reservoir",
        "Levels at the Morgan Reservoir have fallen to 40 per cent of capacity.", "Morgan Reservoir");
  }

  @Test
  void aDamAfterAnUnknownWordIsAPlace() {
    assertEntity("LOCATION:Kariba Dam",
        "Water at the Kariba Dam has dropped for a fourth month, the authority said.", "Kariba Dam");
  }

  @Test
  void theReservoirsFirstWordAloneIsThePlace() {
    String text = "Levels at the Morgan Reservoir and the Kelso Dam fell. Kelso Dam was at 41 per cent, while Morgan was at 52 per cent.";
    int second = text.indexOf("Morgan was");
    var doc = NewsEntitiesTest.run(text);
    String found = null;
    for (var e : doc.entities()) for (var m : e.mentions()) if (m.start() == second) found = e.type() + ":" + e.name();
    org.junit.jupiter.api.Assertions.assertEquals("LOCATION:Morgan Reservoir", found, doc.entities().toString());
  }
}
