package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.entityAt;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Kinds of mention where news NER conventions and the first rules disagreed: possessives, lone given names, acronyms. */
class AgreementClassesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aFullNameWithAPossessiveBeforeAnOrganisationWordIsStillAPerson() {
    String text = "Delgado could fill Rosa Quintero's Senate seat next year.\n\nQuintero declined to comment.";
    ResultDocument doc = run(text);
    assertEquals("PERSON:Rosa Quintero", entityAt(doc, text, "Rosa Quintero"), doc.entities().toString());
    assertEquals("PERSON:Rosa Quintero", entityAtOffset(doc, text.lastIndexOf("Quintero"), "Quintero"),
        doc.entities().toString());
  }

  @Test
  void aPluralPossessiveEndsAnOrganisationBeforeAPerson() {
    String text = "The debate was tense. Channel News' Lidia Marchetti pressed him on taxes.";
    ResultDocument doc = run(text);
    assertEquals("PERSON:Lidia Marchetti", entityAt(doc, text, "Lidia Marchetti"), doc.entities().toString());
  }

  @Test
  void aLoneGivenNameOfAPersonNamedInFullIsThatPerson() {
    String text = "Marjorie Fenwick has run the bakery for 30 years.\n\nCustomers say Marjorie knows every order by heart.";
    ResultDocument doc = run(text);
    assertEquals("PERSON:Marjorie Fenwick", entityAtOffset(doc, text.lastIndexOf("Marjorie"), "Marjorie"),
        doc.entities().toString());
  }

  @Test
  void anUnknownAcronymInRunningTextIsAnOrganisation() {
    String text = "Money from the super PAC paid for the ads, and the ARFL union said it would match it.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:PAC", entityAt(doc, text, "PAC"), doc.entities().toString());
    assertEquals("ORGANIZATION:ARFL", entityAt(doc, text, "ARFL"), doc.entities().toString());
  }

  @Test
  void anUnknownAcronymWithAPossessiveIsNamedWithoutIt() {
    String text = "The ARFL's lawyers filed the appeal on Monday, and the ARFL said it expected to win.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:ARFL", entityAt(doc, text, "ARFL"), doc.entities().toString());
  }

  @Test
  void aCommonAbbreviationIsNoOrganisation() {
    String text = "The company's CEO spoke on TV at 9 p.m. EDT on Thursday.";
    ResultDocument doc = run(text);
    assertNull(entityAt(doc, text, "CEO"), doc.entities().toString());
    assertNull(entityAt(doc, text, "TV"), doc.entities().toString());
    assertNull(entityAt(doc, text, "EDT"), doc.entities().toString());
  }

  @Test
  void aHeadWordAfterACapitalisedModifierIsAnOrganisationNotASurname() {
    String text = "Banks reported their holdings to the Federal Reserve last quarter.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Federal Reserve", entityAt(doc, text, "Federal Reserve"), doc.entities().toString());
  }

  @Test
  void aCompassWordAfterTheIsARegion() {
    String text = "Storms moved across the South on Sunday, forecasters said.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:South", entityAt(doc, text, "South"), doc.entities().toString());
  }

  @Test
  void aPlatformThatIsTheMediumIsNoOrganisation() {
    String text = "The mayor said on Twitter that the road would reopen.";
    ResultDocument doc = run(text);
    assertNull(entityAt(doc, text, "Twitter"), doc.entities().toString());
  }

  @Test
  void aPlatformThatActsIsAnOrganisation() {
    String text = "Officials met on Monday. Later, Twitter announced it would suspend the accounts.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Twitter", entityAt(doc, text, "Twitter"), doc.entities().toString());
  }

  @Test
  void aGivenNameAloneInRunningTextIsAPerson() {
    String text = "The crowd cheered as the candidate spoke. “I would,” Rosalind said to the screen.";
    ResultDocument doc = run(text);
    assertEquals("PERSON:Rosalind", entityAt(doc, text, "Rosalind"), doc.entities().toString());
  }

  @Test
  void aDayIsNoGivenName() {
    String text = "The governor will speak again after the vote on Monday in the capital.";
    ResultDocument doc = run(text);
    assertNull(entityAt(doc, text, "Monday"), doc.entities().toString());
  }

  @Test
  void aNameBeforeACommaAndAStateIsATown() {
    String text = "The rally drew thousands in Kelloggsville, Mich., on Saturday.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:Kelloggsville", entityAt(doc, text, "Kelloggsville"), doc.entities().toString());
  }

  @Test
  void aCapitalisedPlaceOpeningALaterParagraphBeforeADashIsAPlace() {
    String text = "Lawmakers Rip The New Budget Plan.\n\nDENVER ― The state's budget fell short on Monday.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:Denver", entityAt(doc, text, "DENVER"), doc.entities().toString());
  }

  @Test
  void anOrganisationsHeadWordAloneAfterTheIsThatOrganisation() {
    String text = "The Security Council met on Tuesday. Critics said the Council had failed again.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Security Council", entityAtOffset(doc, text.lastIndexOf("Council"), "Council"),
        doc.entities().toString());
  }

  @Test
  void aSurnameWithTheOtherApostropheIsTheSamePerson() {
    String text = "Commissioner Aidan O’Rourke took office on Friday.\n\nO'Rourke said the inquiry would go on.";
    ResultDocument doc = run(text);
    assertEquals("PERSON:Aidan O’Rourke", entityAtOffset(doc, text.lastIndexOf("O'Rourke"), "O'Rourke"),
        doc.entities().toString());
  }

  @Test
  void anAmendmentIsNoPerson() {
    String text = "The aide said he would invoke his Fifth Amendment right against self-incrimination.";
    ResultDocument doc = run(text);
    String found = entityAt(doc, text, "Fifth Amendment");
    assertTrue(found == null || !found.startsWith("PERSON"), doc.entities().toString());
  }

  @Test
  void pollstersJoinedByASlashAreOneOrganisationMention() {
    String text = "A Reuters/Ipsos poll released on Tuesday showed the race tied.";
    ResultDocument doc = run(text);
    assertEquals("ORGANIZATION:Reuters/Ipsos", entityAt(doc, text, "Reuters/Ipsos"), doc.entities().toString());
  }

  @Test
  void aWordInsideAHyphenatedCompoundStartsNoOrganisation() {
    String text = "She answered questions at the Commander-in-Chief Forum on Wednesday night.";
    ResultDocument doc = run(text);
    assertNull(entityAt(doc, text, "Chief Forum"), doc.entities().toString());
  }

  @Test
  void theCapitolIsAPlace() {
    String text = "Lawmakers met in a classified room in the Capitol on Tuesday night.";
    ResultDocument doc = run(text);
    assertEquals("LOCATION:U.S. Capitol", entityAt(doc, text, "Capitol"), doc.entities().toString());
  }

  @Test
  void aNameWithAnUnlistedGivenNameBeforeAPartyAndStateIsAPerson() {
    String text = "The measure was backed by Sens. Tamsin Orrick (D-Ore.) and two Republicans.";
    ResultDocument doc = run(text);
    assertEquals("PERSON:Tamsin Orrick", entityAt(doc, text, "Tamsin Orrick"), doc.entities().toString());
  }

  @Test
  void aNameWithAnUnlistedGivenNameInAnAppositionWithARoleIsAPerson() {
    String text = "The campaign stayed silent. Zorion Abbate, a campaign spokesman, did not respond.";
    ResultDocument doc = run(text);
    assertEquals("PERSON:Zorion Abbate", entityAt(doc, text, "Zorion Abbate"), doc.entities().toString());
  }

  private static String entityAtOffset(ResultDocument doc, int at, String words) {
    for (dev.newsfacts.model.Entity e : doc.entities()) {
      for (dev.newsfacts.model.TextSpan m : e.mentions()) {
        if (m.start() == at && m.end() == at + words.length()) return e.type() + ":" + e.name();
      }
    }
    return null;
  }
}
