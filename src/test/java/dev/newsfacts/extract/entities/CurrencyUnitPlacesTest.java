package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A place between an amount and a currency word names the currency. */
class CurrencyUnitPlacesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aCountryNamedOnlyInAnAmountsCurrencyIsNoPlace() {
    ResultDocument doc = run("The board pays 300 kwacha (about 11 U.S. dollars) per bag of maize.");
    assertNull(NewsEntitiesTest.entity(doc, "United States", EntityType.LOCATION), doc.entities().toString());
  }

  @Test
  void aCountryNamedElsewhereTooStaysAPlace() {
    ResultDocument doc = run("The board pays about 11 U.S. dollars per bag. Exports to the U.S. fell in May.");
    assertNotNull(NewsEntitiesTest.entity(doc, "United States", EntityType.LOCATION), doc.entities().toString());
  }

  @Test
  void aCountryBeforeACurrencyWithNoAmountIsStillAPlace() {
    ResultDocument doc = run("Banks hold U.S. dollars as reserves, the central bank said.");
    assertNotNull(NewsEntitiesTest.entity(doc, "United States", EntityType.LOCATION), doc.entities().toString());
  }
}
