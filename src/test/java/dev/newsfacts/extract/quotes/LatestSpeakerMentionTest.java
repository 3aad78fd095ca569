package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** A quote that takes its paragraph's earlier speaker is credited to where that speaker is named again before it. */
class LatestSpeakerMentionTest {

  @Test
  void aSpeakerNamedAgainAsSubjectBeforeTheQuoteIsCreditedThere() {
    QuotesOf a = QuotesOf.text("\u201cRates will stay where they are for now,\u201d said Miriam Okonkwo, chief economist "
        + "at Harbour Bank. Okonkwo added that the central bank wants to wait for the jobs figures. "
        + "\u201cThey will move in spring, not before.\u201d");
    Quote q = a.marked("move in spring");
    assertEquals("latest-speaker-mention", q.speaker().rule(), a::describe);
    assertEquals("Okonkwo", q.speaker().mention().text(), a::describe);
    assertEquals("Miriam Okonkwo", q.speaker().name(), a::describe);
  }

  @Test
  void aSpeakerNamedOnlyAsAPossessorKeepsTheEarlierMention() {
    QuotesOf a = QuotesOf.text("\u201cRates will stay where they are for now,\u201d said Miriam Okonkwo, chief economist "
        + "at Harbour Bank. Okonkwo\u2019s forecast has been right twice this year. "
        + "\u201cThey will move in spring, not before.\u201d");
    Quote q = a.marked("move in spring");
    assertEquals("Miriam Okonkwo", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aSpeakerNamedAfterAPrepositionKeepsTheEarlierMention() {
    QuotesOf a = QuotesOf.text("\u201cRates will stay where they are for now,\u201d said Miriam Okonkwo, chief economist "
        + "at Harbour Bank. Markets rallied after the remarks from Okonkwo on Tuesday. "
        + "\u201cThey will move in spring, not before.\u201d");
    Quote q = a.marked("move in spring");
    assertEquals("Miriam Okonkwo", q.speaker().mention().text(), a::describe);
  }
  @Test
  void aPronounThatCanOnlyStandForTheSpeakerIsCreditedThere() {
    QuotesOf a = QuotesOf.text("\u201cWe have bigger problems than parking,\u201d says Gloria Ruiz, a nurse from Fresno. "
        + "She says the council should fix the clinics first. \u201cPeople wait six weeks for a doctor.\u201d");
    Quote q = a.marked("six weeks");
    assertEquals("She", q.speaker().mention().text(), a::describe);
    assertEquals("Gloria Ruiz", q.speaker().name(), a::describe);
  }

  @Test
  void aPronounAfterSomeoneElseIsNamedIsNotTheSpeakers() {
    QuotesOf a = QuotesOf.text("\u201cWe have bigger problems than parking,\u201d says Gloria Ruiz, a nurse from Fresno. "
        + "Her sister Maria Ruiz agrees, and she says the council should fix the clinics first. "
        + "\u201cPeople wait six weeks for a doctor.\u201d");
    Quote q = a.marked("six weeks");
    assertEquals("Gloria Ruiz", q.speaker().mention().text(), a::describe);
  }
}
