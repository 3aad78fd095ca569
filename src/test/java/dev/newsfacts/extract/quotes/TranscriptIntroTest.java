package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** Quoted paragraphs after "Partial transcript as follows:" are the transcript's. */
class TranscriptIntroTest {

  @Test
  void aQuotedParagraphAfterATranscriptIntroIsTheTranscripts() {
    QuotesOf a = QuotesOf.text("The mayor spoke to a radio host on Monday about the budget.\n\n"
        + "Partial transcript as follows:\n\n"
        + "\u201cHOST: Mayor, will the pools open this summer?\u201d\n\n"
        + "\u201cMAYOR: Every one of them, and on time.\u201d");
    Quote q = a.marked("pools open");
    assertEquals("transcript-intro", q.speaker().rule(), a::describe);
    assertEquals("Partial transcript", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aTranscriptNamedLateInALongIntroIsNotTheSource() {
    QuotesOf a = QuotesOf.text("The mayor spoke to a radio host on Monday about the budget.\n\n"
        + "Late on Monday the station that aired the long interview published its full transcript:\n\n"
        + "\u201cHOST: Mayor, will the pools open this summer?\u201d");
    Quote q = a.marked("pools open");
    assertNotEquals("transcript-intro", q.speaker().rule(), a::describe);
  }
}
