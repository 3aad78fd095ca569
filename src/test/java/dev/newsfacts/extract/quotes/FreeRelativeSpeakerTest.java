package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** "X has criticised what she calls "…"": the pronoun of the free relative stands for the named subject. */
class FreeRelativeSpeakerTest {
  @Test
  void theNamedSubjectOfTheSentenceSpeaksForWhatSheCalls() {
    QuotesOf a = QuotesOf.text("The permit office reopened on Monday after a long strike.\n\n"
        + "Maria Alvarez has long criticised what she calls the \u201cpaper wall\u201d of city permits.\n");
    Quote q = a.marked("paper wall");
    assertEquals("Maria Alvarez", q.speaker().mention().text(), a::describe);
    assertEquals("Maria Alvarez", q.speaker().name(), a::describe);
  }

  @Test
  void aPronounOfTheOtherGenderKeepsItsOwnMention() {
    QuotesOf a = QuotesOf.text("The permit office reopened on Monday after a long strike.\n\n"
        + "Thomas Whitfield, the new clerk, met the governor, Laura Brandt, who later rejected what she called "
        + "a \u201crushed plan\u201d for the office.\n");
    Quote q = a.marked("rushed plan");
    assertEquals("she", q.speaker().mention().text(), a::describe);
  }
}
