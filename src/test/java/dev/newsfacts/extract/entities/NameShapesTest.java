package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.entityAt;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names told by their shape: CamelCase brands, surname particles, programme heads, currency codes, measures' titles. */
class NameShapesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aCamelCaseWordIsACompany() {
    assertEntity("ORGANIZATION:BrightLedger", "Prices fell 2 percent in May, data from BrightLedger showed on Friday.",
        "BrightLedger");
  }

  @Test
  void aSurnameWithAnInnerCapitalIsNoCompany() {
    assertFalse(CamelCaseNames.isCompanyStyle("McAllister"));
    assertFalse(CamelCaseNames.isCompanyStyle("DeLuca"));
    assertFalse(CamelCaseNames.isCompanyStyle("MacGregor"));
  }

  @Test
  void aBrandWithAnInnerCapitalHasCompanyStyle() {
    assertTrue(CamelCaseNames.isCompanyStyle("BrightLedger"));
  }

  @Test
  void aParticleInsideASurnameStaysInThePersonsName() {
    assertEntity("PERSON:Hendrik van Dijk", "The levees held on Sunday.\n\nHendrik van Dijk, a hydrologist at a "
        + "university in Delft, said the water had dropped.", "Hendrik van Dijk");
  }

  @Test
  void aProgrammeEndsAnOrganisationsName() {
    assertEntity("ORGANIZATION:Regional Water Programme", "The figures were published by the Regional Water "
        + "Programme on Tuesday.", "Regional Water Programme");
  }

  @Test
  void aProjectAfterOtherWordsIsAnOrganisation() {
    assertEntity("ORGANIZATION:Coastal Soil Project", "Separately, the Coastal Soil Project estimated that erosion "
        + "had doubled.", "Coastal Soil Project");
  }

  @Test
  void aCurrencyCodeIsNoOrganisation() {
    String text = "Revenue rose to SEK 4.1 billion in the quarter, the company said.";
    ResultDocument doc = run(text);
    assertNull(entityAt(doc, text, "SEK"), doc.entities().toString());
  }

  @Test
  void anIndexsNameIsNoPerson() {
    String text = "The Harbour Rent Index showed rents rose 3 percent last month.";
    ResultDocument doc = run(text);
    assertTrue(doc.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), doc.entities().toString());
  }

  @Test
  void aTownsNameInsideAReportsTitleIsNoPlace() {
    String text = "The agency's annual Emissions Gap Report found a slight improvement.";
    ResultDocument doc = run(text);
    assertNull(entityAt(doc, text, "Gap"), doc.entities().toString());
  }

  @Test
  void aNameBeforePollIsThePollster() {
    assertEntity("ORGANIZATION:Harbourview", "Support for the party rose to 41 percent, a new Harbourview poll "
        + "suggests.", "Harbourview");
  }

  @Test
  void aPlaceBeforePollIsNoPollster() {
    assertEntity("LOCATION:Ohio", "The senator trails by four points in the latest Ohio poll.", "Ohio");
  }

  @Test
  void aPlaceAndAPluralNameIsASportsClub() {
    assertEntity("ORGANIZATION:Seattle Stingrays", "The Seattle Stingrays beat the visitors 4-1 on Sunday night.",
        "Seattle Stingrays");
  }

  @Test
  void aPlacesPartyMembersAreNoSportsClub() {
    assertEntity("LOCATION:Iowa", "The plan split Iowa Democrats at the state convention.", "Iowa");
  }

  @Test
  void anAcronymAndAPlaceIsTheBodysArmThere() {
    assertEntity("ORGANIZATION:BBC Scotland", "The programme was first shown on BBC Scotland in March, the "
        + "producers said.", "BBC Scotland");
  }

  @Test
  void aLegislatureEndsAnOrganisationsName() {
    assertEntity("ORGANIZATION:Oregon Legislature", "The Oregon Legislature will take up the bill when it meets in "
        + "February.", "Oregon Legislature");
  }

  @Test
  void aOneWordOrganisationInsideAnIndexsTitleIsAPlainWord() {
    String text = "Valmora's House Price Index showed values fell 0.7 per cent last month.";
    ResultDocument doc = run(text);
    assertNull(entityAt(doc, text, "House"), doc.entities().toString());
  }

  @Test
  void aSportsGroundIsAPlace() {
    assertEntity("LOCATION:Granite Field", "The series opens at Granite Field on Wednesday night.", "Granite Field");
  }

  @Test
  void aCamelCaseWordOpeningAnEarlierCompanysNameIsThatCompany() {
    String text = "Regulators sued to block the sale of BlueHarbor Airlines on Monday.\n\nBlueHarbor's chief executive "
        + "said the company would fight.";
    ResultDocument doc = run(text);
    assertEquals(1, doc.entities().size(), doc.entities().toString());
    assertEquals(2, doc.entities().get(0).mentions().size(), doc.entities().toString());
  }
}
