package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.entityAt;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Kinds of mention where our names and a statistical NER model's (CoNLL classes) disagreed and ours were wrong. */
class SilverAgreementRulesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void theEndOfAListedPlaceThatThePersonStepMadeANameIsThatPlace() {
    String text = "On a rainy last day of campaigning in New Hampshire, Ana Delgado is recalling her first race.\n\n"
        + "Delgado is telling a packed crowd in snowy Windham, New Hampshire, on the final day that she has few memories of it.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:New Hampshire", entityAt(doc, text, "New Hampshire"), doc.entities().toString());
    assertEquals(0, doc.entities().stream().filter(e -> e.name().equals("Hampshire")).count(), doc.entities().toString());
  }

  @Test
  void aCountryAfterAHeadlineVerbIsThePlaceNotAName() {
    String text = "Harlow Speaks Out, Urges Britain to Stay in Trade Pact.\n\n"
        + "The minister said Britain would lose jobs if it left, and that Britain had little time to decide.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:United Kingdom", entityAt(doc, text, "Britain"), doc.entities().toString());
  }

  @Test
  void aWeakHeadWordAfterAnotherWordEndsAPollstersName() {
    String text = "The survey was conducted for the networks by Halvorsen Research with voters leaving 30 precincts.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Halvorsen Research", entityAt(doc, text, "Halvorsen Research"), doc.entities().toString());
  }

  @Test
  void aWeakHeadWordOpensNoNameThatGoesOnWithAConnector() {
    String text = "The exit poll was conducted by Halvorsen Research for the Associated Press and the networks.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Halvorsen Research", entityAt(doc, text, "Halvorsen Research"), doc.entities().toString());
  }

  @Test
  void aPartyAbbreviationBeforeANounIsAnAffiliation() {
    String text = "Three GOP candidates spoke at the dinner on Saturday.";
    ResultDocument doc = run(text);
    assertEquals("NORP:GOP", entityAt(doc, text, "GOP"), doc.entities().toString());
  }

  @Test
  void aPartyAbbreviationStandingAloneIsTheParty() {
    String text = "She left the GOP in 2019 and now sits as an independent.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Republican Party", entityAt(doc, text, "GOP"), doc.entities().toString());
  }

  @Test
  void aNameEndingInPacIsAnOrganisation() {
    String text = "The ads were paid for by the Keep Ohio Working PAC, which has raised $2 million since March.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Keep Ohio Working PAC", entityAt(doc, text, "Keep Ohio Working PAC"), doc.entities().toString());
  }

  @Test
  void aPartyWordBeforeAListedBodyIsAnAffiliationAndTheBody() {
    String text = "The bill is unlikely to pass a Democratic Senate before the recess, aides said.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Senate", entityAt(doc, text, "Senate"), doc.entities().toString());
    assertEquals("NORP:Democratic", entityAt(doc, text, "Democratic"), doc.entities().toString());
  }

  @Test
  void theCapitalsAbbreviationAfterItsCityIsAPlace() {
    String text = "The group held its conference in Washington, D.C., on Thursday, and 300 delegates attended.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:Washington", entityAt(doc, text, "D.C."), doc.entities().toString());
  }

  @Test
  void aPluralPossessivesApostropheIsNoPartOfAPersonsName() {
    String text = "At the debate, Clinton said Bernie Sanders' plan would cost too much.\n\n"
        + "Sanders said his plan was paid for, and Sanders' aides released the numbers on Monday.";
    ResultDocument doc = run(text);
    assertEquals("PERSON:Bernie Sanders", entityAt(doc, text, "Bernie Sanders"), doc.entities().toString());
    int later = text.indexOf("Sanders said");
    boolean joined = doc.entities().stream().anyMatch(e -> e.name().equals("Bernie Sanders")
        && e.mentions().stream().anyMatch(m -> m.start() == later && m.end() == later + "Sanders".length()));
    assertTrue(joined, doc.entities().toString());
  }

  @Test
  void aListedPlaceEndingInAnOrganisationsHeadWordIsThePlace() {
    String text = "Trade with the Soviet Union collapsed in 1991, and exports fell for a decade.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:Soviet Union", entityAt(doc, text, "Soviet Union"), doc.entities().toString());
  }

  @Test
  void theFirstHalfOfAListedHyphenatedCompanyIsTheCompany() {
    String text = "Former Hewlett-Packard CEO Carly Fiorina spoke first.\n\n"
        + "Fiorina, who ran Hewlett-Packard for six years, said the plan would fail.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Hewlett-Packard", entityAt(doc, text, "Hewlett-Packard"), doc.entities().toString());
  }

  @Test
  void aPlaceAfterAHeadlineVerbIsNoSurnameOfThePersonBeforeIt() {
    String text = "Maria Ortega Wins Oregon’s Senate Primary.\n\n"
        + "Maria Ortega beat two rivals in Tuesday’s vote. Though Oregon has few voters, the result was watched closely.";
    ResultDocument doc = run(text);
    int at = text.indexOf("Oregon has");
    String found = null;
    for (var e : doc.entities()) {
      for (var m : e.mentions()) if (m.start() == at && m.end() == at + "Oregon".length()) found = e.type() + ":" + e.name();
    }
    assertEquals("LOCATION:Oregon", found, doc.entities().toString());
  }

  @Test
  void aPartyLetterBeforeALawmakersStateIsNoPerson() {
    String text = "The bill was attacked by Sen. Dale Pruitt, R-Texas, who called it a giveaway.";
    ResultDocument doc = run(text);
    assertEquals(0, doc.entities().stream().filter(e -> e.name().startsWith("R-")).count(), doc.entities().toString());
  }

  @Test
  void aNameEndingInAnAbbreviationOfCapitalsIsNoPerson() {
    String text = "Members of the Junge FDU marched in Bern on Saturday. The FDU has long opposed the treaty.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Junge FDU", entityAt(doc, text, "Junge FDU"), doc.entities().toString());
  }
}
