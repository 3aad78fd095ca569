package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** A question quoted as put to someone is not that person's words. */
class PutQuestionTest {

  @Test
  void aQuestionAfterWasAskedHasNoSpeaker() {
    QuotesOf a = QuotesOf.text("Former adviser Sam Ortiz was asked, \u201cWould you have told her to use another server?\u201d "
        + "He answered, \u201cI have no idea.\u201d");
    Quote q = a.marked("Would you have told");
    assertNull(q.speaker() == null ? null : q.speaker().mention(), a::describe);
  }

  @Test
  void theAnswerAfterTheQuestionKeepsItsSpeaker() {
    QuotesOf a = QuotesOf.text("Former adviser Sam Ortiz was asked, \u201cWould you have told her to use another server?\u201d "
        + "He answered, \u201cI have no idea.\u201d");
    Quote q = a.marked("no idea");
    assertEquals("He", q.speaker().mention().text(), a::describe);
  }

  @Test
  void wordsInsideAFrontedAskedClauseAreNotTheRespondents() {
    QuotesOf a = QuotesOf.text("Asked whether the mayor \u201chas the integrity to serve another term,\u201d 61 percent of "
        + "voters in the poll said yes.");
    Quote q = a.marked("integrity");
    assertNull(q.speaker() == null ? null : q.speaker().mention(), a::describe);
  }

  @Test
  void aQuotationAfterTheCommaThatClosesTheAskedClauseIsTheSpeakers() {
    QuotesOf a = QuotesOf.text("Asked whether the comments had rattled him, Governor Ana Ruiz said, \u201cNot at all. "
        + "We keep working.\u201d");
    Quote q = a.marked("Not at all");
    assertEquals("Ana Ruiz", q.speaker().name(), a::describe);
  }

  @Test
  void anAskerNamedByByStaysTheSpeaker() {
    QuotesOf a = QuotesOf.text("Senator Lee Park was asked by host Bill Maher, \u201cWhy do you keep defending the plan?\u201d");
    Quote q = a.marked("Why do you keep");
    assertEquals("Bill Maher", q.speaker().name(), a::describe);
  }
}
