package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Words quoted inside a sentence with no cue belong to what that sentence opens with, not to an earlier sentence. */
class OwnSentenceSourceTest {

  @Test
  void aQuoteInsideASentenceTakesTheNounPhraseItOpensWith() {
    QuotesOf a = QuotesOf.text("Lena Park ran the company for a decade.\n\n"
        + "The board wants a successor who is \u201cone person who could turn the factory around in a year.\u201d");
    assertEquals("The board", a.marked("one person who could").speaker().mention().text(), a::describe);
  }

  @Test
  void anIntroductoryPhraseBeforeTheSubjectIsSkipped() {
    QuotesOf a = QuotesOf.text("The plant closed in March.\n\n"
        + "In an interview on Monday, Governor Tomas Ruiz described the closure as \u201ca wound this valley will carry for years.\u201d");
    assertEquals("Governor Tomas Ruiz", a.marked("a wound this valley").speaker().mention().text(), a::describe);
  }

  @Test
  void aDatelineIsNotTheSubjectOfTheSentenceAfterIt() {
    QuotesOf a = QuotesOf.text("BRIGHTON \u2014 Mayor Celia Grant on Saturday posted a photo of the pier with the words "
        + "\u201cmost beautiful town on the coast!\u201d above it.");
    assertEquals("Mayor Celia Grant", a.marked("most beautiful town").speaker().mention().text(), a::describe);
  }
}
