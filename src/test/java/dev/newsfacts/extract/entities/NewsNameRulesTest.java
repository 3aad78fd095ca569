package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.entity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.entityAt;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The entity step's name rules for news copy: verbs that are names, headlines, portfolios, nationalities. */
class NewsNameRulesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aCapitalisedWordTheTaggerCallsAVerbIsANameInsideASentence() {
    String text = "Donald Trump’s recent gains worry allies in Europe.\n\nThe new poll showed Trump leading nationally.";
    ResultDocument doc = run(text);
    Entity trump = entity(doc, "Donald Trump", EntityType.PERSON);
    assertNotNull(trump, doc.entities().toString());
    assertTrue(trump.mentions().stream().anyMatch(m -> m.start() == text.lastIndexOf("Trump") && m.text().equals("Trump")),
        trump.mentions().toString());
  }

  @Test
  void aHeadlineNameStartsAtTheGivenNameNearestTheSurname() {
    String text = "Black Lawmakers Rip Donald Trump As A Fraud\n\nWASHINGTON - Donald Trump spoke in Ohio on Monday.";
    ResultDocument doc = run(text);
    assertEquals("PERSON:Donald Trump", entityAt(doc, text, "Donald Trump"), doc.entities().toString());
    assertTrue(doc.entities().stream().noneMatch(e -> e.name().contains("Lawmakers")), doc.entities().toString());
  }

  @Test
  void aGivenNameThatIsAlsoAnOrganisationsWordOpensAPersonsName() {
    String text = "Voters viewed Hillary Clinton, Bill Clinton and Paul Ryan more favorably.";
    ResultDocument doc = run(text);
    assertEquals("PERSON:Bill Clinton", entityAt(doc, text, "Bill Clinton"), doc.entities().toString());
  }

  @Test
  void anInfinitiveInsideABodysNameIsNoName() {
    String text = "The Campaign to Save Harwick Woods said 300 people had joined the march on Saturday.";
    ResultDocument doc = run(text);
    assertTrue(doc.entities().stream().noneMatch(e -> e.name().startsWith("Save")), doc.entities().toString());
  }

  @Test
  void aNameAfterToInALowerCaseClauseIsStillAName() {
    String text = "Donald Trump spoke in Ohio.\n\nThe senator later wrote to Trump about the tariffs.";
    ResultDocument doc = run(text);
    Entity trump = entity(doc, "Donald Trump", EntityType.PERSON);
    assertNotNull(trump, doc.entities().toString());
    assertEquals(2, trump.mentions().size(), trump.mentions().toString());
  }

  @Test
  void aMinistersPortfolioIsNoOnesName() {
    String text = "The Minister of Industry said on Monday that car exports rose sharply.";
    ResultDocument doc = run(text);
    assertNull(entity(doc, "Industry", EntityType.PERSON), doc.entities().toString());
  }

  @Test
  void theNameAfterAPortfolioIsThePersons() {
    String text = "Minister of Industry Ana Reyes said on Monday that car exports rose sharply.";
    ResultDocument doc = run(text);
    assertNotNull(entity(doc, "Ana Reyes", EntityType.PERSON), doc.entities().toString());
  }

  @Test
  void theNameAfterATwoWordPortfolioIsThePersons() {
    String text = "Minister of Public Utilities Dana Whitlow told the Senate the pipes would be replaced.";
    ResultDocument doc = run(text);
    assertNotNull(entity(doc, "Dana Whitlow", EntityType.PERSON), doc.entities().toString());
  }

  @Test
  void aRunEndingInANationalityIsNoPerson() {
    String text = "Many African voters stayed home, and Radical Islamic groups claimed the attack.";
    ResultDocument doc = run(text);
    assertTrue(doc.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), doc.entities().toString());
  }

  @Test
  void anAbbreviatedCountryAndTheFullNameWithAPossessiveAreOnePlace() {
    String text = "N. Korea tested a missile on Friday. The council condemned North Korea's latest test.";
    ResultDocument doc = run(text);
    Entity korea = entity(doc, "North Korea", EntityType.LOCATION);
    assertNotNull(korea, doc.entities().toString());
    assertEquals(2, korea.mentions().size(), korea.mentions().toString());
    assertEquals("North Korea", korea.mentions().get(1).text());
  }

  @Test
  void aListedNameOpeningASentenceIsFoundWhole() {
    String text = "Human Rights Watch said in a report that workers lacked water.\n\n"
        + "Federal Reserve Chair Maria Linde said rates would stay on hold.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Human Rights Watch", entityAt(doc, text, "Human Rights Watch"), doc.entities().toString());
    assertEquals("ORGANIZATION:Federal Reserve", entityAt(doc, text, "Federal Reserve"), doc.entities().toString());
  }

  @Test
  void aNameWithAHeadWordOpeningASentenceKeepsItsFirstWord() {
    String text = "Democratic National Committee officials met on Tuesday.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Democratic National Committee", entityAt(doc, text, "Democratic National Committee"),
        doc.entities().toString());
  }

  @Test
  void aModifierOpeningASentenceIsNoPartOfTheOrganisation() {
    String text = "Senior Defense Department officials met on Tuesday.";
    ResultDocument doc = run(text);
    assertTrue(doc.entities().stream().noneMatch(e -> e.name().startsWith("Senior")), doc.entities().toString());
  }

  @Test
  void anOrganisationsHeadWordWithAPossessiveStillEndsItsName() {
    String text = "Rents rose, according to Harvard University's Joint Center for Housing Studies.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Harvard University", entityAt(doc, text, "Harvard University"), doc.entities().toString());
  }

  @Test
  void andBeforeAHeadWordIsInsideTheOrganisationsName() {
    String text = "The American Iron and Steel Institute welcomed the deal.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:American Iron and Steel Institute", entityAt(doc, text, "American Iron and Steel Institute"),
        doc.entities().toString());
  }

  @Test
  void andBetweenTwoListedPlacesJoinsNothing() {
    String text = "Officials from Mexico and Canada Border Services met in Ottawa.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:Mexico", entityAt(doc, text, "Mexico"), doc.entities().toString());
  }

  @Test
  void aDivisionAndASchoolDistrictAreOrganisations() {
    String text = "The Fresno Unified School District board voted, said an agent of the FBI's Cyber Division.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Fresno Unified School District", entityAt(doc, text, "Fresno Unified School District"),
        doc.entities().toString());
    assertEquals("ORGANIZATION:Cyber Division", entityAt(doc, text, "Cyber Division"), doc.entities().toString());
  }

  @Test
  void aLoneSurnamePairedWithANamedPersonIsAPerson() {
    String text = "Among registered voters, Clinton and Donald Trump are tied. Most expect Clinton to win the debate.";
    ResultDocument doc = run(text);
    Entity clinton = entity(doc, "Clinton", EntityType.PERSON);
    assertNotNull(clinton, doc.entities().toString());
    assertEquals(2, clinton.mentions().size(), clinton.mentions().toString());
  }

  @Test
  void aListedAbbreviationAfterAModifierIsTheOrganisationNotAPerson() {
    String text = "Other E.U. leaders weigh plans for a joint army.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:European Union", entityAt(doc, text, "E.U."), doc.entities().toString());
    assertTrue(doc.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), doc.entities().toString());
  }

  @Test
  void aRunEndingInAPlaceWordIsOnePlace() {
    String text = "Heat deaths in Maricopa County are rising, and drought has hit the Great Plains.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:Maricopa County", entityAt(doc, text, "Maricopa County"), doc.entities().toString());
    assertEquals("LOCATION:Great Plains", entityAt(doc, text, "Great Plains"), doc.entities().toString());
  }

  @Test
  void aCountryBeforeAPlaceWordStaysTheCountry() {
    String text = "Trucks waited for hours at the Mexico Border on Monday.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:Mexico", entityAt(doc, text, "Mexico"), doc.entities().toString());
  }

  @Test
  void aListedNameWithAPossessiveInsideIsOneOrganisation() {
    String text = "Rates will fall, said Priya Raman, chief economist at Moody's Analytics. Mexico's Foreign Ministry agreed.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Moody's", entityAt(doc, text, "Moody's Analytics"), doc.entities().toString());
    assertEquals("LOCATION:Mexico", entityAt(doc, text, "Mexico"), doc.entities().toString());
  }

  @Test
  void aHeadlineVerbEndsTheNameWithTheWordsAfterIt() {
    String text = "Bernie Sanders Says He Already Won\n\nThe senator spoke in Iowa on Monday.";
    ResultDocument doc = run(text);
    assertEquals("PERSON:Bernie Sanders", entityAt(doc, text, "Bernie Sanders"), doc.entities().toString());
  }

  @Test
  void aMovementIsAnOrganisation() {
    String text = "The Fair Immigration Reform Movement protested outside the court on Monday.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Fair Immigration Reform Movement", entityAt(doc, text, "Fair Immigration Reform Movement"),
        doc.entities().toString());
  }
}
