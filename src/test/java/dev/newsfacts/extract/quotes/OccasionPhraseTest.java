package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** "Lee during the debate said": a phrase of the occasion between subject and verb never names the source. */
class OccasionPhraseTest {
  @Test
  void theSubjectBeforeADuringPhraseIsTheSource() {
    QuotesOf a = QuotesOf.text("Lee during the debate said she would \"never back down\" on the levy.\n");
    assertEquals("Lee", a.marked("never back down").speaker().mention().text(), a::describe);
  }

  @Test
  void theSubjectBeforeASpeechPhraseIsTheSource() {
    QuotesOf a = QuotesOf.text("The break was complete when Okafor in his opening speech called the traders \"thieves.\"\n");
    assertEquals("Okafor", a.marked("thieves").speaker().mention().text(), a::describe);
  }

  @Test
  void aCoordinatedVerbAfterAnInterviewPhraseKeepsTheClauseSubject() {
    QuotesOf a = QuotesOf.text("The clerk first said he did not recall the deletions, but in a later interview said he had "
        + "an \"awful\" moment.\n");
    assertEquals("The clerk", a.marked("awful").speaker().mention().text(), a::describe);
  }

  @Test
  void aTimeOfTheSubjectsOwnIsNoOccasion() {
    QuotesOf a = QuotesOf.text("\"That job has no description,\" Ana Ruiz, who served as the governor's chief of staff "
        + "during the Pereira administration, told reporters.\n");
    Quote q = a.marked("That job has no description");
    assertEquals("Ana Ruiz", q.speaker().name(), a::describe);
  }
}
