package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Utilities, exchanges and chambers: a place's name and "Water", "Power", "Exchange" or "Chamber" is a body's. */
class UtilityAndExchangeHeadsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aPlaceAndWaterIsAUtility() {
    assertEntity("ORGANIZATION:Harrowgate Water", "Harrowgate Water said 38 per cent of what it buys is lost to leaks.",
        "Harrowgate Water");
  }

  @Test
  void aNameAndPowerIsAUtility() {
    assertEntity("ORGANIZATION:Pinecrest Electric Power", "Customers of Pinecrest Electric Power will pay more from July, the regulator said.",
        "Pinecrest Electric Power");
  }

  @Test
  void aStockExchangeIsABody() {
    assertEntity("ORGANIZATION:National Stock Exchange", "Shares closed 8 per cent higher on the National Stock Exchange on Wednesday.",
        "National Stock Exchange");
  }

  @Test
  void aCityChamberIsABody() {
    assertEntity("ORGANIZATION:Lakeview Chamber", "The Lakeview Chamber opposes the plan, its director said.", "Lakeview Chamber");
  }
}
