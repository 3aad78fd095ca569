package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.entityAt;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names of companies, places and documents the run rules missed, cut or mistyped in news they had not seen. */
class UnseenNewsNamesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aCompanyWithALegalFormOpeningASentenceIsAnOrganisation() {
    assertEntity("ORGANIZATION:Halvard Pharma Ltd.", "Halvard Pharma Ltd. said on Monday it would cut 300 jobs at its "
        + "plant near Leeds.", "Halvard Pharma Ltd.");
  }

  @Test
  void aGermanCompanyFormEndsAnOrganisationsName() {
    assertEntity("ORGANIZATION:Velden Logistik GmbH", "Velden Logistik GmbH opened a depot outside the city last "
        + "year.", "Velden Logistik GmbH");
  }

  @Test
  void aStateBeforeTheAttorneyGeneralsAbbreviationIsNoCompany() {
    assertEntity("LOCATION:Texas", "Texas AG Mark Delano said the ruling was wrong.", "Texas");
  }

  @Test
  void aListedRegionGoesOnAcrossItsParticle() {
    assertEntity("LOCATION:Rio de Janeiro", "Heavy rain closed the main road to Rio de Janeiro on Tuesday, officials "
        + "said.", "Rio de Janeiro");
  }

  @Test
  void aListedPlaceAndItsParticleAreOnePlace() {
    assertEntity("LOCATION:Rio Grande do Sul", "Floods hit farms across Rio Grande do Sul this week, the agency "
        + "said.", "Rio Grande do Sul");
  }

  @Test
  void aPlaceThePersonStepTookGoesOnAcrossItsParticle() {
    assertEntity("LOCATION:Mato Grosso do Sul", "The governor of Mato Grosso do Sul said the bridge would reopen in "
        + "May.", "Mato Grosso do Sul");
  }

  @Test
  void aListedRegionJoinedByAHyphenIsOnePlace() {
    assertEntity("LOCATION:Castilla-La Mancha", "Farmers in Castilla-La Mancha are angry about the drought this year.",
        "Castilla-La Mancha");
  }

  @Test
  void aPersonsParticleAfterAnUnlistedNameMakesNoPlace() {
    assertEntity("PERSON:Paulo da Costa", "Farm leader Paulo da Costa said prices had fallen again.", "Paulo da Costa");
  }

  @Test
  void aSurveyNamedAfterABodysWordIsNoOrganisation() {
    assertEquals(null, entityAt(run(SURVEY), SURVEY, "Scottish Health"));
  }

  private static final String SURVEY = "The Scottish Health Survey found that one adult in four was obese.";

  @Test
  void aRankingNamedAfterAUniversityIsNoOrganisation() {
    String text = "The World University Rankings put the college in tenth place this year.";
    assertEquals(null, entityAt(run(text), text, "World University"));
  }

  @Test
  void godQuotedAsASpeakerIsNoPerson() {
    String text = "\"Let there be light,\" God said, the preacher told the crowd. He smiled.";
    assertEquals(null, entityAt(run(text), text, "God"));
  }
}
