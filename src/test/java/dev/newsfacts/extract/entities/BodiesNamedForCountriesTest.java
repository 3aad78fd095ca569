package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plain words and a country name a body; a place's part or an adjective before the country do not. */
class BodiesNamedForCountriesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aNounAndACountryNameABody() {
    assertEntity("ORGANIZATION:Shelter Ireland", "Aoife Byrne, director of advocacy with Shelter Ireland, said the rise "
        + "was alarming.", "Shelter Ireland");
  }

  @Test
  void aCompassWordAndACountryStayAPlace() {
    assertEntity("LOCATION:Northern Ireland", "Rents rose fastest in Northern Ireland last year, the survey found.",
        "Northern Ireland");
  }

  @Test
  void nazisAreAGroupNotABody() {
    assertEntity("NORP:Nazi", "The museum tells the story of Nazi Germany through letters.", "Nazi");
  }
}
