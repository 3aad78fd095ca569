package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Sources the tagger or the sentence splitter gets wrong still attribute the quote next to them. */
class MistaggedSourceTest {

  @Test
  void aSurnameThatLooksLikeAConjunctionIsTheSourceAfterTheCue() {
    QuotesOf a = QuotesOf.text("The mill closed in May.\n\n\u201cNobody here saw it coming, and nobody in the capital cared,\u201d said Hough.");
    assertEquals("Hough", a.marked("Nobody here saw").speaker().mention().text(), a::describe);
  }

  @Test
  void aGivenNameThatLooksLikeAnAuxiliaryStaysInTheName() {
    QuotesOf a = QuotesOf.text("\u201cIt is a pretty expensive business model,\u201d said Will Doyle, a professor of education.");
    assertEquals("Will Doyle", a.marked("expensive business model").speaker().name(), a::describe);
  }

  @Test
  void theStopOfAnAbbreviationInsideAParenthesisDoesNotEndTheSentence() {
    QuotesOf a = QuotesOf.text("\u201cIf they did nothing wrong, they have nothing to worry about,\u201d Sen. Carla Munoz (D-N.Y.) said Tuesday.");
    assertEquals("Carla Munoz", a.marked("nothing to worry").speaker().name(), a::describe);
  }

  @Test
  void maintainedAttributesTheQuoteBeforeIt() {
    QuotesOf a = QuotesOf.text("\u201cThe contract was signed in good faith,\u201d Dara Quinn maintained.");
    assertEquals("Dara Quinn", a.marked("signed in good faith").speaker().name(), a::describe);
  }

  @Test
  void aNounReadAsAnAdverbStillEndsTheSubjectBeforeTheCue() {
    QuotesOf a = QuotesOf.text("He spoke about the show.\n\n\u201cMy guilty pleasure is the late show, starring me,\u201d "
        + "the billionaire business mogul told People.");
    assertEquals("the billionaire business mogul", a.marked("guilty pleasure").speaker().mention().text(), a::describe);
  }
}
