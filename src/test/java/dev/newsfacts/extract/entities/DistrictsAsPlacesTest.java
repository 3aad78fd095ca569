package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "District" ends an area's name unless a service's word comes before it or a body owns it. */
class DistrictsAsPlacesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aFishingDistrictIsAPlace() {
    assertEntity("LOCATION:Ugashik District",
        "In the Ugashik District, the catch has been slower, at 2.1 million fish.", "Ugashik District");
  }

  @Test
  void aSchoolDistrictIsABody() {
    assertEntity("ORGANIZATION:Ridgefield School District",
        "The Ridgefield School District will ask voters to approve a $40 million bond.", "Ridgefield School District");
  }

  @Test
  void anAgencysDistrictIsItsDivision() {
    assertEntity("ORGANIZATION:Fargo District",
        "Dredging resumed on Monday, said the commander of the agency's Fargo District.", "Fargo District");
  }
}
