package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A centre after a kind of facility is a place where things happen, not a body. */
class FacilityCentresTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aLivestockCentreIsAPlace() {
    assertEntity("LOCATION:Kellerby Livestock Centre",
        "Steers sold at the Kellerby Livestock Centre averaged 410 cents a kilogram on Tuesday.", "Kellerby Livestock Centre");
  }

  @Test
  void aConventionCentreIsAPlace() {
    assertEntity("LOCATION:Port Alder Convention Centre",
        "About 2,000 delegates met at the Port Alder Convention Centre for the three-day summit.", "Port Alder Convention Centre");
  }

  @Test
  void aResearchCentreStaysABody() {
    assertEntity("ORGANIZATION:Kellerby Research Centre",
        "The Kellerby Research Centre said rainfall had been below average for a third year.", "Kellerby Research Centre");
  }
}
