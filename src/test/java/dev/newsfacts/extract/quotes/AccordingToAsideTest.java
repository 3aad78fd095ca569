package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** "according to X" set off by commas after a fronted phrase attributes the whole sentence. */
class AccordingToAsideTest {
  @Test
  void aFrontedPhraseWithoutAVerbKeepsTheSentenceReported() {
    QuotesOf a = QuotesOf.text("Over the next decade, according to the budget office, the deficit will double to nearly two trillion.\n");
    Quote q = a.containing("the deficit will double");
    assertEquals("the budget office", q.speaker().mention().text(), a::describe);
    assertEquals(ReportedSpeech.ACCORDING_TO_LEADING, q.speaker().rule(), a::describe);
    assertTrue(q.text().startsWith("Over the next decade"), a::describe);
  }
}
