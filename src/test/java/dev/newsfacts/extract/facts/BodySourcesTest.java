package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bodies named by common nouns, currency names after an amount, and an industry noun standing for a company. */
class BodySourcesTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void aBodyNamedByCommonNounsIsTheSourceAsWritten() {
    StatisticFact s = StatisticOf.value(extractor, "Rivers kept rising on Sunday.\n\nThe civil defense agency of Rio Grande"
        + " do Sul state said 111 people were still missing.", 111);
    assertNotNull(s);
    assertEquals("civil defense agency of Rio Grande do Sul state", s.attribution().name());
  }

  @Test
  void anOwnedBodyBeforeSaidIsTheSourceAsWritten() {
    StatisticFact s = StatisticOf.value(extractor, "The river reached 5.3 meters on Saturday, the city's water department"
        + " said.", 5.3);
    assertNotNull(s);
    assertEquals("city's water department", s.attribution().name());
  }

  @Test
  void aCurrencyNameAfterAnAmountIsItsUnitWhateverItsTag() {
    StatisticFact s = StatisticOf.value(extractor, "Tariffs would cost about 520 billion yen this financial year.", 520e9);
    assertNotNull(s);
    assertEquals("yen", s.quantity().unit());
  }

  @Test
  void anIndustryNounAfterAPeopleStandsForTheCompanyNamedBefore() {
    StatisticFact s = StatisticOf.value(extractor, "Shares of Halvard Pharma Inc. rose sharply on Tuesday. The British "
        + "drugmaker said sales of its asthma inhaler rose 14% in the quarter.", 0.14);
    assertNotNull(s);
    assertEquals("Halvard Pharma Inc.", s.attribution().name());
  }

  @Test
  void anAdverbBetweenTheBodyAndItsVerbKeepsTheBodyAsWritten() {
    StatisticFact s = StatisticOf.value(extractor, "The county's roads division also reported that 412 bridges needed"
        + " repairs.", 412);
    assertNotNull(s);
    assertEquals("county's roads division", s.attribution().name());
  }

  @Test
  void aBodyNamingItselfTakesNoSurveyFromTheParagraphBefore() {
    StatisticFact s = StatisticOf.value(extractor, """
        A survey by Northgate Polling found 61 per cent of voters backed the levy.

        The town's parks department said that 3,400 trees were planted in the year to June.
        """, 3400);
    assertNotNull(s);
    assertEquals("town's parks department", s.attribution().name());
  }

  @Test
  void aBodyOfTheKindOfAnOrganisationNamedBeforeStillTakesItsFigures() {
    StatisticFact s = StatisticOf.value(extractor, """
        Company failures rose to 2,310 in the second quarter, according to figures published by the Insolvency Service.
        The figure was 12% higher than a year earlier, the government agency said.
        """, 0.12);
    assertNotNull(s);
    assertEquals("Insolvency Service", s.attribution().name());
  }

  @Test
  void aBareClubWithNoOrganisationNearIsTheOneTheStoryOpensOn() {
    StatisticFact s = StatisticOf.value(extractor, """
        The Harbour Rovers beat the Valley Stags 24-10 on Saturday night.

        A crowd of 18,250 watched at the riverside ground, the largest for an opening match since 2019, the club said.
        """, 18250);
    assertNotNull(s);
    assertEquals("Harbour Rovers", s.attribution().name());
  }

  @Test
  void aBareClubTakesTheOrganisationNamedInItsParagraphFirst() {
    StatisticFact s = StatisticOf.value(extractor, """
        The Harbour Rovers beat the Valley Stags 24-10 on Saturday night.

        Ticket sales at Northgate Athletic rose to 9,400 for the season, the club said.
        """, 9400);
    assertNotNull(s);
    assertEquals("Northgate Athletic", s.attribution().name());
  }
}
