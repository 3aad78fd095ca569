package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** An "ago" phrase before the verb is when, not who; an age after an article names the person who speaks. */
class AgoAndAgeSubjectTest {

  @Test
  void anAgoPhraseBetweenSubjectAndVerbIsPassedOver() {
    QuotesOf a = QuotesOf.text("The transport agency less than three weeks ago said the new ferry was \u201cready to sail.\u201d");
    Quote q = a.marked("ready to sail");
    assertEquals("The transport agency", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aCountedAgoPhraseAfterAnAppositiveIsPassedOver() {
    QuotesOf a = QuotesOf.text("Nora Quist, the board's treasurer, a month ago described the lease as \u201cfar too costly.\u201d");
    Quote q = a.marked("far too costly");
    assertEquals("Nora Quist", q.speaker().name(), a::describe);
  }

  @Test
  void anAgeAfterAnArticleSpeaksAfterTheQuote() {
    QuotesOf a = QuotesOf.text("The singer posted a new video on Friday.\n\n\u201cWhat if my band played at the mayor's "
        + "wedding?\u201d the 38-year-old asked in the caption.");
    Quote q = a.marked("mayor's wedding");
    assertEquals("the 38-year-old", q.speaker().mention().text(), a::describe);
  }
}
