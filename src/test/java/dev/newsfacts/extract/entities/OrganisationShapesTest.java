package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Organisations news names by their shape: an agency's letters in a dateline, a body named after a plural's
 * apostrophe, a legal form's period, an acronym that spells words before "and", a short name in mixed case,
 * a body after the noun for its trade, and letters that name a material.
 */
class OrganisationShapesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void capitalsAloneInADatelinesBracketsAreANewsAgency() {
    String text = "KAMPALA, March 3 (UNA) - Coffee exports rose 12 percent in February, the ministry said on Monday.";
    assertEntity("ORGANIZATION:UNA", text, "UNA");
  }

  @Test
  void aPlainAbbreviationInADatelinesBracketsIsNoAgency() {
    String text = "KAMPALA, March 3 (UTC) - Coffee exports rose 12 percent in February, the ministry said on Monday.";
    ResultDocument doc = NewsEntitiesTest.run(text);
    assertEquals(null, NewsEntitiesTest.entity(doc, "UTC", EntityType.ORGANIZATION), doc.entities().toString());
  }

  @Test
  void aBodyNamedAfterAPluralsApostropheOpensItsOwnName() {
    String text = "The United Nations' Food and Agriculture Organization said on Friday that prices had risen.";
    assertEntity("ORGANIZATION:Food and Agriculture Organization", text, "Food and Agriculture Organization");
  }

  @Test
  void theLegalFormKeepsItsPeriodWhenTheSentenceGoesOn() {
    String text = "Its rival Quorvik & Co. reported on Tuesday that sales of small tractors fell 11%.";
    assertEntity("ORGANIZATION:Quorvik & Co.", text, "Quorvik & Co.");
  }

  @Test
  void anAcronymSpellingWordsBeforeAndTakesThemIntoTheName() {
    String text = "The Council and Parish Staff Association (CPSA) said it would ballot members.\n\n"
        + "The CPSA has 4,000 members.";
    ResultDocument doc = NewsEntitiesTest.run(text);
    Entity body = NewsEntitiesTest.entity(doc, "Council and Parish Staff Association", EntityType.ORGANIZATION);
    assertNotNull(body, doc.entities().toString());
    assertEquals(3, body.mentions().size(), body.toString());
  }

  @Test
  void aShortNameInMixedCaseInBracketsStandsForTheBody() {
    String text = "The survey was run by the Kalmar Statistics Agency (KalStats) in May.\n\n"
        + "Inflation slowed to 4.1 percent in June, KalStats said.";
    ResultDocument doc = NewsEntitiesTest.run(text);
    Entity body = NewsEntitiesTest.entity(doc, "Kalmar Statistics Agency", EntityType.ORGANIZATION);
    assertNotNull(body, doc.entities().toString());
    assertEquals(3, body.mentions().size(), body.toString());
  }

  @Test
  void aNameAfterTheNounForAProducerIsAFirms() {
    assertEntity("ORGANIZATION:Tarvos Polymers", "Greek producer Tarvos Polymers was fined €63 million.", "Tarvos Polymers");
  }

  @Test
  void aNameAfterTheWordMagazineIsTheMagazines() {
    assertEntity("ORGANIZATION:Ventana", "A survey for the magazine Ventana showed a tighter race.", "Ventana");
  }

  @Test
  void aRegistryEndsABodysName() {
    assertEntity("ORGANIZATION:Central Land Registry", "The Central Land Registry said 41,000 homes changed hands.",
        "Central Land Registry");
  }

  @Test
  void lettersNamingAMaterialAreNoOrganisation() {
    String text = "The firms fixed prices of stabilisers used in PVC window frames and pipes.";
    ResultDocument doc = NewsEntitiesTest.run(text);
    assertEquals(null, NewsEntitiesTest.entity(doc, "PVC", EntityType.ORGANIZATION), doc.entities().toString());
  }

  @Test
  void aFoundersSurnameBeforeAnAmpersandIsTheFirmsName() {
    String text = "Irene Vasilaki, a lawyer at the Athens firm Vasilaki & Partners, said claims could exceed the fines.";
    assertEntity("ORGANIZATION:Vasilaki & Partners", text, "Vasilaki & Partners");
    assertEntity("PERSON:Irene Vasilaki", text, "Irene Vasilaki");
  }

  @Test
  void aFirmNamedWithAnAmpersandOpensASentence() {
    String text = "DULUTH, Minn. (AP) — Brandvold & Sons Hardware, which has sold nails and snowshoes in Duluth's "
        + "West End since 1912, will close for good in November, its owners said Monday.\n\n"
        + "Third-generation owner Carl Brandvold said sales had fallen by about 35% since 2019.\n\n"
        + "\"People come in to look,\" Brandvold said.";
    assertEntity("ORGANIZATION:Brandvold & Sons Hardware", text, "Brandvold & Sons Hardware");
  }

  @Test
  void aForeignHeadWordOpensABodysNameWithNoParticle() {
    String text = "Senator Camila Ortega of the Partido Verde leads the race with 31.4% of voting intentions.";
    assertEntity("ORGANIZATION:Partido Verde", text, "Partido Verde");
  }

  @Test
  void aBodysNameInItsOwnLanguageInBracketsIsTheSameBody() {
    String text = "The National Voter Registry (Registraduría Nacional del Estado Civil) says 41.3 million people may vote.";
    ResultDocument doc = NewsEntitiesTest.run(text);
    Entity body = NewsEntitiesTest.entity(doc, "National Voter Registry", EntityType.ORGANIZATION);
    assertNotNull(body, doc.entities().toString());
    assertEquals(2, body.mentions().size(), body.toString());
  }

  @Test
  void aNameFollowedByANationalityAndAClassifierIsAFirms() {
    String text = "Tavrin, the Finnish maker of forestry machines, on Wednesday cut its profit forecast by 8%.\n\n"
        + "Sales in North America, Tavrin's largest market, dropped 15%.";
    assertEntity("ORGANIZATION:Tavrin", text, "Tavrin");
  }

  @Test
  void aListedShortFormStandsForTheLocalBodyTheArticleNames() {
    String text = "The National Treasury had projected that the levy would raise Sh24 billion this year.\n\n"
        + "The Treasury said on Tuesday it would appeal against the ruling.";
    ResultDocument doc = NewsEntitiesTest.run(text);
    Entity body = NewsEntitiesTest.entity(doc, "National Treasury", EntityType.ORGANIZATION);
    assertNotNull(body, doc.entities().toString());
    assertEquals(2, body.mentions().size(), body.toString());
  }

  @Test
  void aListedShortFormAloneKeepsTheListsReading() {
    assertEntity("ORGANIZATION:Treasury Department", "The Treasury said on Tuesday it would sell more bonds.", "Treasury");
  }

  @Test
  void aTickerSymbolAfterAnExchangeIsNoOrganisation() {
    String text = "Shares of Harbor Tools Inc. (NYSE: HBT) rose 4% on Monday.";
    ResultDocument doc = NewsEntitiesTest.run(text);
    assertEquals(null, NewsEntitiesTest.entity(doc, "HBT", EntityType.ORGANIZATION), doc.entities().toString());
    assertEntity("ORGANIZATION:Harbor Tools Inc.", text, "Harbor Tools Inc.");
  }

  @Test
  void aBodyNamedAfterACommaAndAndIsNoPortfolioOfTheOneBefore() {
    String text = "Researchers at the University of Tarland, Mossburn, and the Coastal Research Institute found the particles.";
    assertEntity("ORGANIZATION:Coastal Research Institute", text, "Coastal Research Institute");
  }

  @Test
  void aPartyNamedWithoutAHeadWordIsListed() {
    String text = "Reform UK won the by-election in Kirkby on Thursday with 41% of the vote.";
    assertEntity("ORGANIZATION:Reform UK", text, "Reform UK");
  }

  @Test
  void aListedNameWithOfOpensASentence() {
    String text = "Drug deaths in Scotland are counted separately. National Records of Scotland said in September that "
        + "1,017 people died.";
    assertEntity("ORGANIZATION:National Records of Scotland", text, "National Records of Scotland");
  }

  @Test
  void theAgencysOwnNameKeepsItsArticle() {
    String text = "The figures were compiled by the Canadian Press from provincial data.";
    assertEntity("ORGANIZATION:The Canadian Press", text, "Canadian Press");
  }

  @Test
  void aBodysServiceInAPlaceIsOneArm() {
    String text = "\"We have more teachers than ever,\" the minister told ABC Radio Sydney on Monday.";
    assertEntity("ORGANIZATION:ABC Radio Sydney", text, "ABC Radio Sydney");
  }
  @Test
  void aCooperativeAfterAPluralsApostropheIsOneBody() {
    String text = "Prices were set on Friday by the Kenai Drift Fishermen's Cooperative, its manager said.";
    assertEntity("ORGANIZATION:Kenai Drift Fishermen's Cooperative", text, "Kenai Drift Fishermen's Cooperative");
  }

  @Test
  void aGuildEndsABodysName() {
    String text = "Members of the Harbourside Screen Guild voted to strike on Tuesday.";
    assertEntity("ORGANIZATION:Harbourside Screen Guild", text, "Harbourside Screen Guild");
  }
}
