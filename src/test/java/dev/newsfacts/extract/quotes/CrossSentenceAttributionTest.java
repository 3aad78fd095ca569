package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** Attributions that reach over a sentence or paragraph boundary, and the ones that must not. */
class CrossSentenceAttributionTest {

  @Test
  void aQuoteAttributedBeforeItKeepsThatSpeakerWhenTheNextSentenceAddsAnother() {
    QuotesOf a = QuotesOf.text("The lawyer Ruth Adler replied, \u201cThis was the finest day of my career.\u201d "
        + "Her partner added, \u201cWe will appeal the rest.\u201d");
    Quote q = a.marked("finest day");
    assertEquals("Ruth Adler", q.speaker().name(), a::describe);
  }

  @Test
  void aNextSentenceThatGoesOnWithItsOwnWordsDoesNotAttributeTheQuoteBefore() {
    QuotesOf a = QuotesOf.text("\u201cWe feel good about the districts we are visiting,\u201d said Mara Quist. "
        + "\u201cThe turnout will surprise people.\u201d Quist noted a rally planned for Saturday in Ames.");
    Quote q = a.marked("turnout will surprise");
    assertEquals("Mara Quist", q.speaker().name(), a::describe);
  }

  @Test
  void aShortAttributionRightAfterAFullStopStillAttributesTheQuote() {
    QuotesOf a = QuotesOf.text("The crowd fell silent. \u201cGo home and vote.\u201d he said.");
    assertEquals("he", a.marked("Go home").speaker().mention().text(), a::describe);
  }

  @Test
  void aParagraphEndingInAColonAttributesTheQuoteThatOpensTheNextParagraph() {
    QuotesOf a = QuotesOf.text("Senator Ilse Brandt continued:\n\n"
        + "\u201cYou look at the questions they asked tonight and you wonder who wrote them.\u201d");
    Quote q = a.marked("You look at the questions");
    assertEquals("colon-paragraph", q.speaker().rule(), a::describe);
    assertEquals("Ilse Brandt", q.speaker().name(), a::describe);
  }

  @Test
  void aColonAfterAPersonWithoutACueStillIntroducesTheQuotedParagraph() {
    QuotesOf a = QuotesOf.text("Marcus Hale then listed the qualities he wants in a nominee:\n\n"
        + "\u201cHas the candidate a record of leadership on the issues that matter to our members?\u201d");
    Quote q = a.marked("Has the candidate");
    assertEquals("colon-paragraph", q.speaker().rule(), a::describe);
    assertEquals("Marcus Hale", q.speaker().name(), a::describe);
  }
}
