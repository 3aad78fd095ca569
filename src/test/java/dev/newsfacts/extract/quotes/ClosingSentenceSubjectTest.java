package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** '"…," Mbeki added. He then had a question.  "Who will pay?"': the person closing the paragraph introduces the next quote. */
class ClosingSentenceSubjectTest {
  @Test
  void thePersonClosingTheParagraphIntroducesTheNextQuote() {
    QuotesOf a = QuotesOf.text("The rally ran late on Friday.\n\n"
        + "\"We will fix every road in this town,\" Thabo Mbeki added. Mayor Grace Dube then had a question for the crowd.\n\n"
        + "\"Who is going to pay for it?\"\n");
    Quote q = a.marked("Who is going to pay");
    assertEquals("Grace Dube", q.speaker().name(), a::describe);
    assertEquals(PreviousParagraphQuote.CLOSING_SUBJECT, q.speaker().rule(), a::describe);
  }

  @Test
  void aClosingSentenceWithoutAPersonLeavesTheQuoteToTheSpeakerBefore() {
    QuotesOf a = QuotesOf.text("The rally ran late on Friday.\n\n"
        + "\"We will fix every road in this town,\" Mbeki added. The crowd cheered for a long time.\n\n"
        + "\"Who is going to pay for it?\"\n");
    Quote q = a.marked("Who is going to pay");
    assertEquals("Mbeki", q.speaker().mention().text(), a::describe);
  }
}
