package dev.newsfacts.extract.quotes;

import static dev.newsfacts.extract.quotes.QuotesOf.indexOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** A participle that names the thing before it ("a film called "…"") is no verb of speech. */
class NamingParticipleTest {

  @Test
  void calledAfterAnIndefiniteObjectNamesAThing() {
    AnnotatedText at = QuotesOf.annotate("The campaign paid to broadcast a short film called \u201cOur Families\u201d across the state.");
    assertTrue(NamingParticiple.at(at.tokens(), indexOf(at.tokens(), "called")));
  }

  @Test
  void calledAfterTheSubjectOfTheSentenceIsSpeech() {
    AnnotatedText at = QuotesOf.annotate("The senator called the plan \u201creckless and cruel\u201d on Tuesday.");
    assertFalse(NamingParticiple.at(at.tokens(), indexOf(at.tokens(), "called")));
  }

  @Test
  void theThingNamedIsNotTheSpeakerOfItsName() {
    QuotesOf a = QuotesOf.text("Later on Sunday, Dana Carver shared a syllabus for a psychology class called "
        + "\u201cPerception\u201d on her Facebook page.");
    Quote q = a.marked("Perception");
    String mention = q.speaker() == null || q.speaker().mention() == null ? "" : q.speaker().mention().text();
    assertFalse(mention.contains("syllabus"), a::describe);
  }

  @Test
  void anObjectNamedByTheParticipleLeavesTheWordsToTheSentencesSubject() {
    QuotesOf a = QuotesOf.text("Both senators oppose an inflation formula called the \u201cchained consumer price index\u201d for pensions.");
    Quote q = a.marked("chained consumer");
    assertEquals("Both senators", q.speaker().mention().text(), a::describe);
  }
}
