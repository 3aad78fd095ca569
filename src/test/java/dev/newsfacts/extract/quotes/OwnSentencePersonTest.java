package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** Words woven into a sentence that opens with a person are that person's, not a neighbour quote's speaker's. */
class OwnSentencePersonTest {

  @Test
  void aShortQuoteTakesThePersonWhoOpensItsOwnSentence() {
    QuotesOf a = QuotesOf.text("\u201cThe plan will cut costs for every family in the county,\u201d Jake Marlow said "
        + "on Tuesday. Dana Wills focused instead on the \u201chidden fees.\u201d");
    Quote q = a.marked("hidden fees");
    assertEquals("Dana Wills", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aShortQuoteInASentenceOpenedByNoPersonKeepsTheSpeakerOfItsParagraph() {
    QuotesOf a = QuotesOf.text("\u201cThe plan will cut costs for every family in the county,\u201d Jake Marlow said "
        + "on Tuesday. The crowd in the gym cheered loudly at the \u201chidden fees\u201d line.");
    Quote q = a.marked("hidden fees");
    assertEquals("Jake Marlow", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aShortQuoteInTheSentenceOfTheCuedQuoteKeepsThatSpeaker() {
    QuotesOf a = QuotesOf.text("\u201cThe plan will cut costs for every family in the county,\u201d Jake Marlow said "
        + "on Tuesday, and he promised \u201clower fees\u201d too.");
    Quote q = a.marked("lower fees");
    assertEquals("Jake Marlow", q.speaker().name(), a::describe);
  }
}
