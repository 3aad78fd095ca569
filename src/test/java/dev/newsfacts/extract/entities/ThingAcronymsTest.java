package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An acronym the article defines for a rate, an index or a scheme names no organisation anywhere in it. */
class ThingAcronymsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void anAcronymSpelledByLowerCaseWordsIsNoOrganisation() {
    assertEntity(null, "The central bank left its overnight policy rate (OPR) at 3 per cent. It last cut the OPR in May.",
        "OPR");
  }

  @Test
  void laterUsesOfALowerCaseAcronymAreNoOrganisationEither() {
    String text = "The central bank left its overnight policy rate (OPR) at 3 per cent. It last cut the OPR in May.";
    assertNull(NewsEntitiesTest.entity(NewsEntitiesTest.run(text), "OPR", EntityType.ORGANIZATION));
  }

  @Test
  void anAcronymOfLowerCaseWordsOpeningASentenceIsNoOrganisation() {
    String text = "Exports fell in June. Refined cane sugar (RCS) output rose 4 per cent, and RCS prices held.";
    assertNull(NewsEntitiesTest.entity(NewsEntitiesTest.run(text), "RCS", EntityType.ORGANIZATION));
  }

  @Test
  void anAcronymOfAnIndexIsNoOrganisation() {
    assertEntity(null, "The city's Air Quality Index (AQI) stood at 428 on Tuesday, and an AQI above 400 is severe.",
        "AQI");
  }

  @Test
  void anAcronymOfACapitalisedBodyStillNamesIt() {
    assertEntity("ORGANIZATION:Coastal Fisheries Board", "The Coastal Fisheries Board (CFB) said catches fell. The CFB will meet in May.",
        "CFB");
  }

  @Test
  void anAcronymWhoseLettersTheWordsDoNotSpellIsLeftToTheOtherRules() {
    assertEntity("ORGANIZATION:Coastal Fisheries Board", "The Coastal Fisheries Board said catches fell, and the fishing season (CFB) will open.",
        "Coastal Fisheries Board");
  }

  @Test
  void anActsAcronymWhoseLettersIncludeALittleWordIsNoOrganisation() {
    assertEntity(null, "Loggers were charged under the Protection of Forests Act (POFA). A POFA case can take a year.",
        "POFA");
  }

  @Test
  void aBodysAcronymWhoseLettersIncludeALittleWordStillNamesIt() {
    assertEntity("ORGANIZATION:Bureau of Farm Statistics", "The Bureau of Farm Statistics (BOFS) said yields fell. The BOFS will report in May.",
        "BOFS");
  }

  @Test
  void aWellKnownLawsAcronymLeftUnspelledIsNoOrganisation() {
    assertEntity(null, "Reporters filed a FOIA request for the council's records in March.", "FOIA");
  }

  @Test
  void anAcronymOfAPaymentSchemeIsNoOrganisation() {
    assertEntity(null, "Only 40 homes were within the limits of the Rent Support Payment (RSP). Tenants on RSP pay less.",
        "RSP");
  }

  @Test
  void anAcronymOfAnAreaIsNoOrganisation() {
    assertEntity(null, "The cartel covered the whole Northern Trade Area (NTA), and sales in the NTA fell.", "NTA");
  }

  @Test
  void anAreaNameWithAnOrganisationHeadKeepsItsAcronymABody() {
    assertEntity("ORGANIZATION:Border Area Development Authority",
        "The Border Area Development Authority (BADA) said on Monday that the BADA would hire 40 staff.", "BADA");
  }
}
