package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.entityAt;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Organisations and places the person step took for people, or the run rules cut or missed. */
class OrganisationClassesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aNameAfterAClassifierNounIsAnOrganisationNotAPerson() {
    assertEntity("ORGANIZATION:Greystone Estates", "The land was sold to the developer Greystone Estates in March, "
        + "the council said.", "Greystone Estates");
  }

  @Test
  void aNameOpeningWithAGivenNameAfterABodyNounIsAnOrganisation() {
    assertEntity("ORGANIZATION:Fair Fares Kent", "The campaign group Fair Fares Kent said the rise was unfair to "
        + "commuters.", "Fair Fares Kent");
  }

  @Test
  void aGivenNamedPersonAfterATradeNounStaysAPerson() {
    assertEntity("PERSON:Jane Doe", "The plans were drawn up by developer Jane Doe, who said Doe Homes would "
        + "build them.", "Jane Doe");
  }

  @Test
  void aClassifierOpeningASentenceIsNoPartOfTheName() {
    assertEntity("ORGANIZATION:Corvane Semiconductor Inc.", "Chipmaker Corvane Semiconductor Inc. will build a "
        + "plant in Ohio.", "Corvane Semiconductor Inc.");
  }

  @Test
  void aClassifiedNameGoesOnAcrossOfOrFor() {
    assertEntity("ORGANIZATION:Homes for Leeds", "Residents backed the campaign group Homes for Leeds at the "
        + "meeting.", "Homes for Leeds");
  }

  @Test
  void aSportsSideAfterItsClassifierIsAClub() {
    assertEntity("ORGANIZATION:Kilmarnock", "He left his job as head coach of Scottish Premiership side "
        + "Kilmarnock in May.", "Kilmarnock");
  }

  @Test
  void aFootballClubsSuffixMakesAClub() {
    assertEntity("ORGANIZATION:Brackley Rovers", "Brackley Rovers have appointed a new manager after a run of "
        + "defeats.", "Brackley Rovers");
  }

  @Test
  void aCompanyEndingInAWeakHeadWordIsAnOrganisation() {
    assertEntity("ORGANIZATION:Halvorsen Energy", "About 20,000 homes were without power, utility Halvorsen "
        + "Energy said on Monday.", "Halvorsen Energy");
  }

  @Test
  void aForceEndsAnOrganisationsName() {
    assertEntity("ORGANIZATION:Border Force", "The Australian Border Force seized 2 million cigarettes at the port.",
        "Australian Border Force");
  }

  @Test
  void aLaboratoryIsAnOrganisation() {
    assertEntity("ORGANIZATION:Coastal Ecology Lab", "Anna Berg, who directs the Coastal Ecology Lab at the "
        + "university, was not involved.", "Coastal Ecology Lab");
  }

  @Test
  void anAndBetweenTwoHalvesOfAnAgencysNameKeepsItWhole() {
    assertEntity("ORGANIZATION:National Coastal and Marine Administration", "The National Coastal and Marine "
        + "Administration recorded the storm surge.", "National Coastal and Marine Administration");
  }

  @Test
  void aWeakHeadWordBeforeAndOpensAnAgencysName() {
    assertEntity("ORGANIZATION:Securities and Futures Commission", "The company said in a filing with the "
        + "Securities and Futures Commission that it would cut jobs.", "Securities and Futures Commission");
  }

  @Test
  void aListedNameGoesOnAcrossItsConnector() {
    assertEntity("ORGANIZATION:House of Representatives", "Rep. Ana Ruiz introduced a companion bill in the House "
        + "of Representatives in July.", "House of Representatives");
  }

  @Test
  void aPartyAndStateAfterALawmakerIsTheState() {
    assertEntity("LOCATION:Kansas", "The measure, sponsored by Sen. Tom Becker, R-Kan., passed the committee.",
        "Kan.");
  }

  @Test
  void aSeaIsAPlaceEvenAfterAGivenName() {
    assertEntity("LOCATION:Red Sea", "Divers saw bleached reefs from Florida to the Red Sea last year.", "Red Sea");
  }

  @Test
  void aCompassWordBeforeAStateNamesARegion() {
    assertEntity("LOCATION:West Texas", "Measles cases in a West Texas outbreak rose to 327 this week.", "West Texas");
  }

  @Test
  void aCanadianProvinceIsAPlace() {
    assertEntity("LOCATION:Ontario", "A former Ontario property developer was sentenced to seven years in prison.",
        "Ontario");
  }

  @Test
  void aGivenNameTheQuoteListsMissAndASurnameAfterATitleNameAPerson() {
    assertEntity("PERSON:Christophe Hansen", "EU Agriculture Commissioner Christophe Hansen told lawmakers on "
        + "Wednesday that the bloc would help.", "Christophe Hansen");
  }

  @Test
  void aGivenNameAndSurnameAfterTheAreNoPerson() {
    ResultDocument doc = run("The band played in the Lily Pavilion on Friday night.");
    assertEquals(null, entityAt(doc, "The band played in the Lily Pavilion on Friday night.", "Lily Pavilion"),
        doc.entities().toString());
  }

  @Test
  void aGivenNameBeforeAPlaceWordIsNoPerson() {
    String text = "Retirees flocked to the condos in Palm Beach last winter, agents said.";
    ResultDocument doc = run(text);
    assertEquals(null, doc.entities().stream().filter(e -> e.name().equals("Palm Beach")
        && e.type() == dev.newsfacts.model.EntityType.PERSON).findFirst().orElse(null), doc.entities().toString());
  }

  @Test
  void aTitleBeforeAndIsNoHalfOfAnOrganisationsName() {
    String text = "Former Ohio Gov. and Democratic National Committee chair Ted Marlow spoke first.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Democratic National Committee", entityAt(doc, text, "Democratic National Committee"),
        doc.entities().toString());
  }

  @Test
  void aNameAfterARoleAndAtIsTheEmployer() {
    assertEntity("ORGANIZATION:Quillon", "\"Shoppers are trading down,\" said Maya Rao, an analyst at Quillon, on "
        + "Tuesday.", "Quillon");
  }

  @Test
  void aPlaceAfterARoleAndAtStaysAPlace() {
    assertEntity("LOCATION:Chicago", "She worked as a teacher at Chicago schools for a decade.", "Chicago");
  }

  @Test
  void aClassifierAfterADatelineDashIsNoPartOfTheName() {
    assertEntity("ORGANIZATION:Corvane Semiconductor Inc.", "NEW ALBANY, Ohio - Chipmaker Corvane Semiconductor Inc. "
        + "will build a plant here.", "Corvane Semiconductor Inc.");
  }

  @Test
  void aStormsNameIsNoPlace() {
    String text = "Damage from Hurricane Delia reached $4 billion, insurers said.";
    ResultDocument doc = run(text);
    assertEquals(null, entityAt(doc, text, "Hurricane"), doc.entities().toString());
  }

  @Test
  void aPlaceWordAfterACapitalisedModifierIsAPlace() {
    assertEntity("LOCATION:Great Plains", "Drought spread across the Great Plains this summer, forecasters said.",
        "Great Plains");
  }

  @Test
  void anArticleAfterAConnectorStaysInTheName() {
    assertEntity("ORGANIZATION:Committee for a Balanced State Budget", "The Committee for a Balanced State Budget "
        + "said the plan would add to the deficit.", "Committee for a Balanced State Budget");
  }

  @Test
  void aSubcommitteeIsAnOrganisation() {
    assertEntity("ORGANIZATION:Senate Subcommittee", "He testified before the Senate Subcommittee in a closed "
        + "session last year.", "Senate Subcommittee");
  }

  @Test
  void aPlaceNamedByItsPlaceWordAfterARoleAndAtStaysAPlace() {
    assertEntity("LOCATION:Keller Bay", "He served as an officer at Keller Bay for two years.", "Keller Bay");
  }

  @Test
  void aNameAfterInAndBeforeAStateIsATown() {
    assertEntity("LOCATION:Coral Ridge", "At a rally on Friday in Coral Ridge, Florida, the senator criticised the plan.",
        "Coral Ridge");
  }
}
