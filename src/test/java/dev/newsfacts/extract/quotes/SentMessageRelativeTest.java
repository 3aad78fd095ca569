package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** "Mendes released a video that said, "…"": a message its sender put out speaks for the sender. */
class SentMessageRelativeTest {
  @Test
  void aVideoThatTheCandidateReleasedSpeaksForTheCandidate() {
    QuotesOf a = QuotesOf.text("The race grew tense on Monday. In closing the campaign, Mendes released a short video that said, "
        + "\"We will fix every road in this city.\"\n");
    Quote q = a.marked("We will fix every road");
    assertEquals("Mendes", q.speaker().mention().text(), a::describe);
  }

  @Test
  void anAdWhichTheSenatorAirsSpeaksForTheSenator() {
    QuotesOf a = QuotesOf.text("Senator Ana Ortiz is airing a new ad which urges voters to \"send a message\" to the banks.\n");
    Quote q = a.marked("send a message");
    assertEquals("Ana Ortiz", q.speaker().name(), a::describe);
  }

  @Test
  void anAdThatSomeoneMockedKeepsItsOwnWords() {
    QuotesOf a = QuotesOf.text("Ruiz mocked an ad that said the city was \"broke beyond repair.\"\n");
    Quote q = a.marked("broke beyond repair");
    assertEquals("that", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aStatementPutOutByAnOfficeSpeaksForTheOffice() {
    QuotesOf a = QuotesOf.text("The minister's office put out a statement saying the port \"cannot screen every container.\"\n");
    assertEquals("The minister's office", a.marked("cannot screen every container").speaker().mention().text(), a::describe);
  }

  @Test
  void aSignHeldUpByAProtesterKeepsItsOwnWords() {
    QuotesOf a = QuotesOf.text("Outside the hall, Lerato Khumalo held up a sign saying \"Dump the levy now\" as the vote began.\n");
    assertEquals("a sign", a.marked("Dump the levy now").speaker().mention().text(), a::describe);
  }
}
