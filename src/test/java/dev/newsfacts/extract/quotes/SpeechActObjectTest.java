package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** A speech act's noun-phrase object is what it attributes ("the union endorsed Ruiz"). */
class SpeechActObjectTest {
  @Test
  void anEndorsedNameIsTheContentAndTheSubjectItsSource() {
    QuotesOf a = QuotesOf.text("The teachers' union endorsed Marta Ruiz last week.");
    Quote q = a.containing("Marta Ruiz");
    assertEquals(ReportedSpeech.SPEECH_ACT_OBJECT, q.speaker().rule(), a::describe);
    assertEquals("The teachers' union", q.speaker().mention().text(), a::describe);
  }

  @Test
  void theObjectStopsAtTheCommaBeforeAParticiple() {
    QuotesOf a = QuotesOf.text("Councillor Omar Haddad denounced the fare increase, saying riders could not afford it.");
    Quote q = a.containing("the fare increase");
    assertFalse(q.text().contains("saying"), a::describe);
    assertEquals(1, a.allContaining("riders could not afford it").size(), a::describe);
  }

  @Test
  void theObjectStopsBeforeASecondVerbOfTheSameSubject() {
    QuotesOf a = QuotesOf.text("Premier Dana Holt praised the nurses' union and said talks would resume on Friday.");
    Quote q = a.containing("the nurses' union");
    assertFalse(q.text().contains("talks"), a::describe);
  }

  @Test
  void theObjectStopsBeforeTheVerbOfTheNextClause() {
    QuotesOf a = QuotesOf.text("Every trustee who condemned Ruiz lost.");
    Quote q = a.containing("Ruiz");
    assertFalse(q.text().contains("lost"), a::describe);
  }

  @Test
  void aCitedReportIsTheContent() {
    QuotesOf a = QuotesOf.text("The minister cited a 2019 audit of the province's long-term care homes.");
    assertEquals(1, a.allContaining("a 2019 audit").size(), a::describe);
  }

  @Test
  void aPrepositionAfterTheVerbOpensNoObject() {
    QuotesOf a = QuotesOf.text("Lawyers for the family defended in court on Monday.");
    assertTrue(a.quotes().isEmpty(), a::describe);
  }

  @Test
  void announcingAPlanIsStillNoReport() {
    QuotesOf a = QuotesOf.text("The city announced a plan to close two libraries next spring.");
    assertTrue(a.reported().isEmpty(), a::describe);
  }

  @Test
  void theObjectIsNeverReadAsAnInvertedSource() {
    QuotesOf a = QuotesOf.text("After weeks of silence, endorsed Marta Ruiz remained the favourite.");
    for (Quote q : a.quotes()) {
      assertFalse(q.speaker().mention() != null && q.speaker().mention().text().contains("Ruiz"), a::describe);
    }
  }

  @Test
  void anOpposedPolicyIsTheContent() {
    QuotesOf a = QuotesOf.text("Two trustees opposed the boundary change for Westview Secondary.");
    Quote q = a.containing("the boundary change");
    assertEquals("Two trustees", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aQuestionedCostIsTheContent() {
    QuotesOf a = QuotesOf.text("Councillor Ines Moreau questioned the cost of the new arena.");
    assertEquals(1, a.allContaining("the cost of the new arena").size(), a::describe);
  }

  @Test
  void aVerbAndItsPrepositionAttributeTheObjectAfterThem() {
    QuotesOf a = QuotesOf.text("Premier Dana Holt spoke about the housing shortage at a breakfast in Halifax.");
    Quote q = a.containing("the housing shortage");
    assertEquals("Premier Dana Holt", q.speaker().mention().text(), a::describe);
    assertFalse(q.text().contains("about"), a::describe);
  }

  @Test
  void aDemandWithCalledForIsNoReport() {
    QuotesOf a = QuotesOf.text("The federation is calling for a national pharmacare plan.");
    assertTrue(a.reported().isEmpty(), a::describe);
  }

  @Test
  void aDescribedThingAndItsDescriptionAreTheContent() {
    QuotesOf a = QuotesOf.text("Health Minister Priya Nair described the wait times as unacceptable.");
    Quote q = a.containing("the wait times as unacceptable");
    assertEquals(ReportedSpeech.SPEECH_ACT_OBJECT, q.speaker().rule(), a::describe);
  }

  @Test
  void anObjectAfterAPassiveReportIsNoActOfTheSubject() {
    QuotesOf a = QuotesOf.text("The bishop is believed to oppose the closure of the parish school.");
    assertTrue(a.allContaining("the closure").isEmpty(), a::describe);
  }

  @Test
  void aBackedCandidateIsWhatTheBackerAttributes() {
    QuotesOf a = QuotesOf.text("The carpenters' union backed Priya Nair for mayor on Sunday.");
    Quote q = a.containing("Priya Nair");
    assertEquals(ReportedSpeech.SPEECH_ACT_OBJECT, q.speaker().rule(), a::describe);
    assertEquals("The carpenters' union", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aSupportedBillIsTheContentOfTheSupportersStance() {
    QuotesOf a = QuotesOf.text("Senator Ellen Marsh supports the farm bill despite objections from her party.");
    Quote q = a.containing("the farm bill");
    assertEquals("Senator Ellen Marsh", q.speaker().mention().text(), a::describe);
  }

  @Test
  void supportAsANounAttributesNothing() {
    QuotesOf a = QuotesOf.text("The new clinic will need support from the province to stay open.");
    assertTrue(a.reported().isEmpty(), a::describe);
  }
}
