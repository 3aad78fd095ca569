package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "the industry body Water UK", "Exceltur, the lobby group": a noun saying what kind of body a name is, before or after it. */
class BodyTypeNounsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aNameEndingInAPlaceAfterIndustryBodyIsTheBody() {
    assertEntity("ORGANIZATION:Water UK", "The industry body Water UK said bills would rise next year.", "Water UK");
  }

  @Test
  void aNameAfterPensionFundIsTheFund() {
    assertEntity("ORGANIZATION:Laurentian Capital", "The pension fund Laurentian Capital sold its stake on Friday.",
        "Laurentian Capital");
  }

  @Test
  void aNameBeforeACommaAndTheLobbyGroupIsTheGroup() {
    assertEntity("ORGANIZATION:Exceltur", "Tourism is booming, said Exceltur, the lobby group for hotel chains.",
        "Exceltur");
  }

  @Test
  void aNameOpeningTheSentenceBeforeAnAppositiveClassifierIsTheBody() {
    assertEntity("ORGANIZATION:Exceltur", "Exceltur, the lobby group, said hotels were full.", "Exceltur");
  }

  @Test
  void aPersonBeforeTheHeadOfAGroupStaysAPerson() {
    assertEntity("PERSON:Maria Lopez", "Tourism is booming, said Maria Lopez, the head of the lobby group.",
        "Maria Lopez");
  }

  @Test
  void aCountryBeforeAnAppositiveAgencyStaysAPlace() {
    assertEntity("LOCATION:Spain", "Prices rose in Spain, the statistics agency said on Friday.", "Spain");
  }
}
