package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** Words quoted inside a sentence with no cue belong to that sentence's subject before the paragraph's last speaker. */
class OwnSentenceSubjectTest {
  private static final String VOSS = "\"The harbour will reopen by spring,\" said Hannah Voss. ";

  @Test
  void wordsQuotedInsideASentenceTakeItsSubjectOverTheParagraphsEarlierSpeaker() {
    QuotesOf a = QuotesOf.text(VOSS + "Tom Baker launched into a lament for the \"families who lost everything in the flood\" "
        + "and left the hall.");
    Quote q = a.containing("families who lost");
    assertEquals("own-sentence-subject", q.speaker().rule(), a::describe);
    assertEquals("Tom Baker", q.speaker().name(), a::describe);
  }

  @Test
  void aPronounSubjectOfTheSentenceIsTaken() {
    QuotesOf a = QuotesOf.text(VOSS + "Then he turned on the council for its \"endless delays on every single repair\".");
    assertEquals("he", a.containing("endless delays").speaker().mention().text(), a::describe);
  }

  @Test
  void aQuoteOpeningItsSentenceStillTakesTheParagraphsSpeaker() {
    QuotesOf a = QuotesOf.text(VOSS + "\"Nobody will lose a job.\"");
    assertEquals("same-paragraph", a.containing("Nobody will lose").speaker().rule(), a::describe);
  }

  @Test
  void aWordOrTwoInMarksIsLeftToTheScareQuoteTest() {
    QuotesOf a = QuotesOf.text(VOSS + "Tom Baker called the plan a \"fantasy\" and left the hall.");
    assertTrue(a.allContaining("fantasy").stream().noneMatch(q -> "own-sentence-subject".equals(q.speaker().rule())),
        a::describe);
  }
}
