package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import dev.newsfacts.model.Resolution;
import org.junit.jupiter.api.Test;

/** Each sieve decides the quotes it is written for, and names itself on them. */
class SieveRulesTest {

  private static void assertDecided(Quote q, String rule, String mention) {
    assertEquals(rule, q.speaker().rule(), () -> "rule of '" + q.text() + "': " + q.speaker());
    assertEquals(mention, q.speaker().mention().text(), () -> "mention of '" + q.text() + "'");
  }

  @Test
  void aCueRightAfterTheQuoteDecidesAsCueAfter() {
    QuotesOf a = QuotesOf.text("\"The harbour will reopen by spring,\" said Hannah Voss, the port director.");
    assertDecided(a.containing("harbour will reopen"), "cue-after", "Hannah Voss");
  }

  @Test
  void aCueBeforeTheQuoteDecidesAsCueBefore() {
    QuotesOf a = QuotesOf.text("Hannah Voss, the port director, said on Tuesday: \"The harbour will reopen by spring.\"");
    assertDecided(a.marked("harbour will reopen"), "cue-before", "Hannah Voss");
  }

  @Test
  void aDashAndANameAfterTheQuoteDecideAsDashByline() {
    QuotesOf a = QuotesOf.text("\u201cWe rebuilt the school with our own hands.\u201d \u2014 Teodora Lind");
    assertDecided(a.containing("rebuilt the school"), "dash-byline", "Teodora Lind");
  }

  @Test
  void aNameAndAColonBeforeTheQuoteDecideAsNameColon() {
    QuotesOf a = QuotesOf.text("More from Lind: \"We rebuilt the school with our own hands.\"");
    assertDecided(a.containing("rebuilt the school"), "name-colon", "Lind");
  }

  @Test
  void wordsWovenIntoASentenceTakeTheCueBeforeThemAsPartialCueBefore() {
    QuotesOf a = QuotesOf.text("The mayor, Rosa Alvarez, called the budget \"a betrayal of every family in town\" at the meeting.");
    Quote q = a.containing("a betrayal");
    assertEquals("partial-cue-before", q.speaker().rule(), a::describe);
  }

  @Test
  void aSecondQuoteInTheParagraphTakesTheSpeakerOfTheFirstAsSameParagraph() {
    QuotesOf a = QuotesOf.text("\"The harbour will reopen by spring,\" said Hannah Voss. \"Nobody will lose a job.\"");
    Quote q = a.containing("Nobody will lose");
    assertEquals("same-paragraph", q.speaker().rule(), a::describe);
    assertEquals("Hannah Voss", q.speaker().name());
  }

  @Test
  void aParagraphOpeningWithAQuoteContinuesTheQuoteBeforeAsPreviousParagraph() {
    QuotesOf a = QuotesOf.text("\"The harbour will reopen by spring,\" said Hannah Voss.\n\n"
        + "\"Nobody will lose a job, and the ferries will run on time.\"");
    Quote q = a.containing("Nobody will lose");
    assertEquals("previous-paragraph", q.speaker().rule(), a::describe);
    assertEquals("Hannah Voss", q.speaker().name());
  }

  @Test
  void aQuoteAfterReportedSpeechContinuesItsSpeakerAsContinuedSpeaker() {
    QuotesOf a = QuotesOf.text("Hannah Voss said the harbour would reopen by spring.\n\n"
        + "\"Nobody will lose a job, and the ferries will run on time.\"");
    Quote q = a.containing("Nobody will lose");
    assertEquals("continued-speaker", q.speaker().rule(), a::describe);
    assertEquals("Hannah Voss", q.speaker().name());
  }

  @Test
  void aQuoteWithoutCueTakesThePersonWhoIsTheSubjectOfTheSentenceBeforeAsSentenceSubject() {
    QuotesOf a = QuotesOf.text("Hannah Voss walked the length of the empty quay. \"Nobody will lose a job here.\"");
    Quote q = a.containing("Nobody will lose");
    assertEquals("sentence-subject", q.speaker().rule(), a::describe);
    assertEquals("Hannah Voss", q.speaker().name());
  }

  @Test
  void whatFollowsSaidThatIsReportedSpeechAfterTheCue() {
    QuotesOf a = QuotesOf.text("Hannah Voss said that the harbour would reopen by spring.");
    assertDecided(a.containing("harbour would reopen"), "reported-after-cue", "Hannah Voss");
  }

  @Test
  void whatPrecedesACommaAndSaidIsReportedSpeechBeforeTheCue() {
    QuotesOf a = QuotesOf.text("The harbour will reopen by spring, Hannah Voss said.");
    assertDecided(a.containing("harbour will reopen"), "reported-before-cue", "Hannah Voss");
  }

  @Test
  void accordingToBeforeTheContentLeads() {
    QuotesOf a = QuotesOf.text("According to Hannah Voss, the harbour will reopen by spring.");
    assertDecided(a.containing("harbour will reopen"), "according-to-leading", "Hannah Voss");
  }

  @Test
  void accordingToAfterTheContentTrails() {
    QuotesOf a = QuotesOf.text("The harbour will reopen by spring, according to Hannah Voss.");
    assertDecided(a.containing("harbour will reopen"), "according-to-trailing", "Hannah Voss");
  }

  @Test
  void aNicknameInsideANameIsNoQuote() {
    QuotesOf a = QuotesOf.text("Police arrested Marco \"The Eel\" Brandt in the port on Friday.");
    assertTrue(a.allContaining("The Eel").isEmpty(), a::describe);
  }

  @Test
  void aQuoteNobodySaysHasNoRule() {
    QuotesOf a = QuotesOf.text("The sign on the gate read nothing. \"Closed until further notice for repairs to the quay.\"");
    Quote q = a.containing("Closed until");
    assertEquals(Resolution.NONE, q.speaker().resolution(), a::describe);
    assertNull(q.speaker().rule());
  }
}
