package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** "X called the plan a disaster": a naming verb attributes its object and the complement judging it. */
class NamingComplementTest {
  @Test
  void anObjectAndTheNounJudgingItAreWhatTheVerbAttributes() {
    QuotesOf a = QuotesOf.text("Councillor Ruth Abara called the transit levy a tax on the poor.\n");
    Quote q = a.containing("the transit levy a tax");
    assertEquals("Councillor Ruth Abara", q.speaker().mention().text(), a::describe);
    assertEquals(ReportedSpeech.NAMING_COMPLEMENT, q.speaker().rule(), a::describe);
    assertEquals("the transit levy a tax on the poor", q.text(), a::describe);
  }

  @Test
  void anAdjectiveAfterThePronounIsTheJudgement() {
    QuotesOf a = QuotesOf.text("The opposition leader called it reckless.\n");
    Quote q = a.containing("it reckless");
    assertEquals(ReportedSpeech.NAMING_COMPLEMENT, q.speaker().rule(), a::describe);
  }

  @Test
  void aTelephoneCallWithATimeIsNoQuote() {
    QuotesOf a = QuotesOf.text("The premier called Mayor Dion on Friday to offer help.\n");
    assertTrue(a.allContaining("Mayor Dion").isEmpty(), a::describe);
  }

  @Test
  void aCallLastWeekIsNoJudgement() {
    QuotesOf a = QuotesOf.text("Ortiz called her last week.\n");
    assertTrue(a.allContaining("her last").isEmpty(), a::describe);
  }

  @Test
  void theJudgementEndsBeforeASecondVerbOfTheSameSubject() {
    QuotesOf a = QuotesOf.text("Critics called the bill a giveaway to insurers and said it would fail.\n");
    Quote q = a.containing("the bill a giveaway");
    assertEquals("the bill a giveaway to insurers", q.text(), a::describe);
    assertEquals("it would fail", a.containing("would fail").text(), a::describe);
  }

  @Test
  void aQuotedComplementIsLeftToThePartialQuote() {
    QuotesOf a = QuotesOf.text("The coach called the ruling \"a slap in the face to every player\" after the game.\n");
    assertEquals(1, a.allContaining("a slap in the face").size(), a::describe);
  }
}
