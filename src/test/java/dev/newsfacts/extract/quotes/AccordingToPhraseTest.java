package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** "according to" takes a noun phrase, even one the tagger splits ("complete but unofficial returns"). */
class AccordingToPhraseTest {
  @Test
  void aCoordinatedSourceAfterAccordingToStillAttributes() {
    QuotesOf a = QuotesOf.text("Turnout in the north end fell to 41 per cent, according to complete but unofficial returns.");
    Quote q = a.containing("Turnout in the north end");
    assertEquals("complete but unofficial returns", q.speaker().mention().text(), a::describe);
  }

  @Test
  void thePhraseEndsAtTheComma() {
    AnnotatedText at = QuotesOf.annotate("According to early returns, the mayor leads.");
    TokenSpan s = AccordingToPhrase.source(at.tokens(), 2, at.tokens().size());
    assertEquals(2, s.start());
    assertEquals(4, s.end());
  }

  @Test
  void wordsWithoutANounAreNoSource() {
    AnnotatedText at = QuotesOf.annotate("It went according to plan but slowly, they said.");
    assertNull(AccordingToPhrase.source(at.tokens(), 5, 7)); // "but slowly"
  }
}
