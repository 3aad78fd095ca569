package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** A source and speech verb closing the sentence attribute all before them; a verb inside reports nothing past the comma. */
class TrailingAttributionTest {

  @Test
  void aStanceVerbInsideTheWordsDoesNotTakeTheClosingSource() {
    QuotesOf a = QuotesOf.text("In all, the justices are doing what they can to find common ground, Professor Epstein said.");
    assertEquals(1, a.reported().size(), a::describe);
    Quote q = a.reported().get(0);
    assertEquals("In all, the justices are doing what they can to find common ground", q.text(), a::describe);
    assertEquals("Professor Epstein", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aTimeAfterTheClosingVerbStillCloses() {
    QuotesOf a = QuotesOf.text("The deal helps states that want to expand coverage, Jolly said on Tuesday.");
    assertEquals("Jolly", a.containing("expand coverage").speaker().mention().text(), a::describe);
  }

  @Test
  void aSentenceThatEndsInAnotherClauseKeepsItsOpeningCue() {
    QuotesOf a = QuotesOf.text("Lee said the plan would fail, and officials agreed.");
    assertEquals("Lee", a.containing("the plan would fail").speaker().mention().text(), a::describe);
  }

  @Test
  void aSpeechVerbInsideTheWordsKeepsItsOwnReport() {
    QuotesOf a = QuotesOf.text("Acme reported a profit of 5 million dollars on Tuesday, up 12 percent, the company said.");
    assertEquals("Acme", a.containing("a profit of 5 million").speaker().mention().text(), a::describe);
  }
}
