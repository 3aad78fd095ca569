package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** US school districts and schools named without "School District": "Dayton City Schools", "Alvin ISD", "Lincoln Elementary". */
class SchoolNamesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aCitySchoolsDistrictIsAnOrganisation() {
    assertEntity("ORGANIZATION:Fairmont City Schools",
        "In Fairmont City Schools, 38% of pupils passed the state test, officials said.", "Fairmont City Schools");
  }

  @Test
  void anIndependentSchoolDistrictByItsLettersIsAnOrganisation() {
    assertEntity("ORGANIZATION:Crestview ISD",
        "Voters in Crestview ISD approved a $40 million bond on Tuesday.", "Crestview ISD");
  }

  @Test
  void anElementarySchoolNamedWithoutSchoolIsAnOrganisation() {
    assertEntity("ORGANIZATION:Garfield Elementary",
        "She said work on the first campus, Garfield Elementary, could begin next spring.", "Garfield Elementary");
  }

  @Test
  void elementaryOpeningASentenceNamesNoSchool() {
    assertEntity(null, "Elementary teachers in Ohio will get a raise, the governor said.", "Elementary");
  }
}
