package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** "Name: “…”" names the speaker, unless a preposition makes the name its object. */
class NameColonTest {

  @Test
  void aNameAfterFromSpeaks() {
    QuotesOf a = QuotesOf.text("The council met late on Tuesday.\n\nMore from Okafor: \"We will not raise property taxes this year.\"");
    Quote q = a.marked("raise property taxes");
    assertEquals("name-colon", q.speaker().rule(), a::describe);
    assertEquals("Okafor", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aWriterAfterByStillSpeaks() {
    QuotesOf a = QuotesOf.text("The council met late on Tuesday.\n\n\"Budget vote delayed,\" by Herald's Tomas Reyes: \"The vote on the budget slipped to March.\"");
    Quote q = a.marked("vote on the budget");
    assertEquals("name-colon", q.speaker().rule(), a::describe);
    assertEquals("Tomas Reyes", q.speaker().name(), a::describe);
  }

  @Test
  void aNameAfterToIsWhoHearsTheMessageNotWhoSpeaks() {
    QuotesOf a = QuotesOf.text("The council met late on Tuesday.\n\n"
        + "Mayor Grace Okafor delivered a blunt message to Vance: \"Stop blocking the transit plan and start voting.\"");
    Quote q = a.marked("Stop blocking");
    assertNotEquals("name-colon", q.speaker().rule(), a::describe);
    assertNotEquals("Vance", q.speaker().mention() == null ? null : q.speaker().mention().text(), a::describe);
  }

  @Test
  void aNameAfterWithIsWhatTheSpeakerComparesNotWhoSpeaks() {
    QuotesOf a = QuotesOf.text("The council met late on Tuesday.\n\n"
        + "Okafor contrasted the reckless plan of the old board with Reyes: \"What I have seen of Reyes is a steady hand.\"");
    Quote q = a.marked("steady hand");
    assertNotEquals("name-colon", q.speaker().rule(), a::describe);
  }

  @Test
  void aPrepositionBeforeADashBelongsToTheHeadingNotTheName() {
    QuotesOf a = QuotesOf.text("The council met late on Tuesday.\n\n"
        + "Turnout has mattered for rural districts - Tomas Reyes: \"Two weeks ago, the strongest districts were in the north.\"");
    Quote q = a.marked("strongest districts");
    assertEquals("name-colon", q.speaker().rule(), a::describe);
    assertEquals("Tomas Reyes", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aVerbBeforeADashBelongsToTheHeadingNotTheName() {
    QuotesOf a = QuotesOf.text("The council met late on Tuesday.\n\n"
        + "Analysts disagree - Tomas Reyes: \"The turnout in the north will decide the budget vote.\"");
    Quote q = a.marked("turnout in the north");
    assertEquals("name-colon", q.speaker().rule(), a::describe);
    assertEquals("Tomas Reyes", q.speaker().mention().text(), a::describe);
  }
}
