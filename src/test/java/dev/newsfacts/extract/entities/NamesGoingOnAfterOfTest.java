package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "National Academy of Sciences": a head word read as a title's surname still goes on across its "of". */
class NamesGoingOnAfterOfTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aNameWhoseHeadFollowsACapitalisedWordGoesOnAfterOf() {
    assertEntity("ORGANIZATION:National Academy of Sciences", "A report by the National Academy of Sciences found the "
        + "problem was growing.", "National Academy of Sciences");
  }

  @Test
  void aConnectorBeforeACapitalisedWordContinuesTheName() {
    String text = "the National Museum of Flight";
    assertTrue(NamesGoingOnAfterOf.goesOn(text, text.indexOf(" of")));
  }

  @Test
  void aConnectorBeforeALowerCaseWordEndsTheName() {
    String text = "the National Museum of modern flight";
    assertFalse(NamesGoingOnAfterOf.goesOn(text, text.indexOf(" of")));
  }

  @Test
  void aNameWithAGivenNameBeforeAPluralHeadGoesOnAfterOf() {
    assertEntity("ORGANIZATION:Simon Communities of Ireland", "Simon Communities of Ireland said homelessness had risen "
        + "sharply this year.", "Simon Communities of Ireland");
  }

  @Test
  void aRegulatorNamedForItsCountryIsOneOrganisation() {
    assertEntity("ORGANIZATION:National Energy Regulator of South Africa", "The National Energy Regulator of South Africa "
        + "approved the tariff on Monday.", "National Energy Regulator of South Africa");
  }

  @Test
  void aPersonWhoseNameEndsInNoHeadStaysAPersonBeforeOf() {
    assertEntity("PERSON:Maria Lopez", "Tourism is booming, said Maria Lopez of Exceltur.", "Maria Lopez");
  }
}
