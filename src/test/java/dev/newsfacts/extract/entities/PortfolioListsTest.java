package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A body's name may list its portfolios with commas and a closing "and". */
class PortfolioListsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aDepartmentsListedPortfoliosAreOneName() {
    String text = "The Department of Forests, Parks and Tourism said the trails would reopen in May.";
    assertEntity("ORGANIZATION:Department of Forests, Parks and Tourism", text, "Department of Forests, Parks and Tourism");
  }

  @Test
  void aChambersListWithAnAcronymAfterItIsOneName() {
    String text = "The Lugano Chamber of Commerce, Industry and Crafts (LCCI) opposes the plan.";
    assertEntity("ORGANIZATION:Lugano Chamber of Commerce, Industry and Crafts", text,
        "Lugano Chamber of Commerce, Industry and Crafts");
  }

  @Test
  void aListOfListedBodiesStaysApart() {
    String text = "Officials from the Department of Health, the CDC and the FDA met on Monday.";
    assertEntity("ORGANIZATION:Department of Health", text, "Department of Health");
  }

  @Test
  void aLastWordOfThePortfolioIsNoPerson() {
    String text = "The Department of Climate Change said the buyback would go ahead.";
    assertEntity("ORGANIZATION:Department of Climate Change", text, "Department of Climate Change");
  }
}
