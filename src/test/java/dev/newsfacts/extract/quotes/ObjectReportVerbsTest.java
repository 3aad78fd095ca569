package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** "repeated the claim": some speech verbs attribute their object, yet keep a source after them. */
class ObjectReportVerbsTest {
  @Test
  void theObjectOfARepeatedClaimIsWhatTheSpeakerSaid() {
    QuotesOf a = QuotesOf.text("The councillor repeated her warning about the bridge at Tuesday's meeting.\n");
    Quote q = a.containing("her warning about the bridge");
    assertEquals("The councillor", q.speaker().mention().text(), a::describe);
    assertEquals(ReportedSpeech.SPEECH_ACT_OBJECT, q.speaker().rule(), a::describe);
  }

  @Test
  void theSourceMayStillFollowTheVerb() {
    QuotesOf a = QuotesOf.text("The bridge will stay closed until June, recalled the city engineer, Tom Varga.\n");
    Quote q = a.containing("The bridge will stay closed");
    assertTrue(q.speaker().mention().text().contains("engineer"), a::describe);
  }

  @Test
  void announcingAPlanStaysNoReport() {
    QuotesOf a = QuotesOf.text("The township announced a plan to pave the county road next summer.\n");
    assertTrue(a.reported().isEmpty(), a::describe);
  }
}
