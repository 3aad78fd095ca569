package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** A word standing for a whole clause after a verb of saying is what was said ("half said so"). */
class ProFormAnswerTest {
  @Test
  void saidSoReportsTheProFormWithItsSpeaker() {
    QuotesOf a = QuotesOf.text("Last spring, 55 percent of nurses said so in the union's survey.");
    Quote q = a.containing("so");
    assertEquals("so", q.text(), a::describe);
    assertEquals(ReportedSpeech.PRO_FORM_ANSWER, q.speaker().rule(), a::describe);
  }

  @Test
  void theSameKeepsThePhraseNamingWhatItIsAbout() {
    QuotesOf a = QuotesOf.text("Most residents trust the mayor, and a third said the same of the council.");
    assertEquals("the same of the council", a.containing("the same").text(), a::describe);
  }

  @Test
  void aOneWordAnswerIsReported() {
    QuotesOf a = QuotesOf.text("Asked whether he would run again, the retired judge said no.");
    assertEquals("no", a.containing("no").text(), a::describe);
  }

  @Test
  void soOpeningALongerPhraseIsNoAnswer() {
    QuotesOf a = QuotesOf.text("The coach said so far the season had gone well.");
    assertEquals("so far the season had gone well", a.containing("the season").text(), a::describe);
  }

  @Test
  void noBeforeANounIsNoAnswer() {
    QuotesOf a = QuotesOf.text("The spokesman said no comment at the time.");
    assertTrue(a.allContaining("comment").stream().noneMatch(q -> q.text().equals("no")), a::describe);
  }
}
