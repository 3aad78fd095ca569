package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** What a share of a poll's respondents said is sourced to the poll the sentence names before them. */
class PollRespondentsTest {

  @Test
  void aShareOfRespondentsAfterAPollInItsSentenceGivesTheQuoteToThePoll() {
    QuotesOf a = QuotesOf.text("In a Harbour Research poll released Tuesday, 41 percent of renters said they were "
        + "\u201cvery worried\u201d about the rent.");
    Quote q = a.marked("very worried");
    assertEquals("poll-respondents", q.speaker().rule(), a::describe);
    assertEquals("a Harbour Research poll", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aShareCountedInTensIsAShareToo() {
    QuotesOf a = QuotesOf.text("The new Lakeside survey shows that six in 10 farmers said the subsidy was "
        + "\u201ctoo little, too late.\u201d");
    Quote q = a.marked("too little");
    assertEquals("The new Lakeside survey", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aShareWithNoPollInItsSentenceKeepsItsOwnWords() {
    QuotesOf a = QuotesOf.text("The county published its figures on Monday. About 41 percent of renters said they "
        + "were \u201cvery worried\u201d about the rent.");
    Quote q = a.marked("very worried");
    assertEquals("partial-cue-before", q.speaker().rule(), a::describe);
    assertEquals("41 percent of renters", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aPersonAfterAPollIsNoShareOfItsRespondents() {
    QuotesOf a = QuotesOf.text("After the Harbour Research poll came out, Mayor Dana Whitlock said the results were "
        + "\u201ca wake-up call.\u201d");
    Quote q = a.marked("wake-up call");
    assertEquals("Dana Whitlock", q.speaker().name(), a::describe);
  }
}
