package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** Words woven into a sentence of their own belong to its subject, even when that subject is no person. */
class WovenQuoteSubjectTest {

  @Test
  void anAgencyThatOpensTheQuotesSentenceTakesTheWords() {
    QuotesOf a = QuotesOf.text("\u201cWe are reviewing the records the county sent us last month,\u201d Mara Quint said "
        + "on Monday. The agency declined to detail the inquiry\u2019s \u201cscope or likely targets.\u201d");
    Quote q = a.marked("scope or likely");
    assertEquals("The agency", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aGroupThatOpensTheQuotesSentenceTakesTheWords() {
    QuotesOf a = QuotesOf.text("\u201cThese contracts waste money and put workers at risk,\u201d Leon Brandt said. "
        + "Federal unions have long fought plans to outsource jobs they consider \u201cinherently public.\u201d");
    Quote q = a.marked("inherently public");
    assertEquals("Federal unions", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aSentenceOpenedByItKeepsTheSpeakerOfItsParagraph() {
    QuotesOf a = QuotesOf.text("\u201cThe plan will cut costs for every family in the county,\u201d Jake Marlow said "
        + "on Tuesday. It is, in his words, \u201ca fair deal for the families who pay.\u201d");
    Quote q = a.marked("fair deal");
    assertEquals("Jake Marlow", q.speaker().name(), a::describe);
  }

  @Test
  void wordsThatLabelANounKeepTheSpeakerOfTheirParagraph() {
    QuotesOf a = QuotesOf.text("\u201cThe plan will cut costs for every family in the county,\u201d Jake Marlow said "
        + "on Tuesday. The crowd in the gym cheered loudly at the \u201chidden fees\u201d line.");
    Quote q = a.marked("hidden fees");
    assertEquals("Jake Marlow", q.speaker().mention().text(), a::describe);
  }
}
