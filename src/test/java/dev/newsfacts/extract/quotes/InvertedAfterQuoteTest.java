package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** '"…," said Sanders as he closed out': the phrase after a cue that follows a closing quote is its source. */
class InvertedAfterQuoteTest {
  @Test
  void aConjunctionAfterTheInvertedNameKeepsTheNameAsSpeaker() {
    QuotesOf a = QuotesOf.text("The mayor spoke first at the rally on Friday.\n\n"
        + "\u201cWe can still win this seat in March,\u201d said Okafor as he left the stage. \u201cKeep knocking on doors.\u201d\n");
    Quote q = a.marked("We can still win");
    assertEquals("Okafor", q.speaker().mention().text(), a::describe);
    assertEquals("Okafor", a.marked("Keep knocking").speaker().mention().text(), a::describe);
  }

  @Test
  void aParticipleAfterTheInvertedDescriptionKeepsTheDescriptionAsSpeaker() {
    QuotesOf a = QuotesOf.text("According to the report, the delay cost the port millions.\n\n"
        + "\"Nobody told us to stop loading,\" said the dock foreman known as Sipho, speaking for the first time.\n");
    Quote q = a.marked("Nobody told us");
    assertEquals("the dock foreman", q.speaker().mention().text().substring(0, "the dock foreman".length()), a::describe);
  }

  @Test
  void aCueInsideTheSentenceBeforeAnyQuoteStillOpensAClause() {
    QuotesOf a = QuotesOf.text("The minister said the talks when they resume will cover \"every single tariff\" on steel.\n");
    Quote q = a.marked("every single tariff");
    assertNotEquals("the talks", q.speaker() == null || q.speaker().mention() == null ? null : q.speaker().mention().text(),
        a::describe);
  }

  @Test
  void aVerbThatUsuallyTakesAnObjectInvertsRightAfterTheQuote() {
    QuotesOf a = QuotesOf.text("The council met on Monday to set the budget.\n\n"
        + "\u201cThe numbers are daunting for every ward,\u201d explained Ngozi Adeyemi, a policy analyst at the city planning office.\n");
    assertEquals("Ngozi Adeyemi", a.marked("The numbers are daunting").speaker().name(), a::describe);
  }

  @Test
  void theSameVerbBeforeItsObjectStillDoesNotInvert() {
    QuotesOf a = QuotesOf.text("The council met on Monday to set the budget.\n\n"
        + "The mayor explained the plan to residents, calling it \u201ca fair deal for every ward.\u201d\n");
    Quote q = a.marked("a fair deal");
    assertNotEquals("the plan", q.speaker() == null || q.speaker().mention() == null ? null : q.speaker().mention().text(),
        a::describe);
  }

  @Test
  void reactingAfterTheQuoteAttributesItLikeSaying() {
    QuotesOf a = QuotesOf.text("The council met on Monday to set the budget.\n\n"
        + "\u201cThe plan is a disaster for farmers,\u201d reacted Tomas Baker, who chairs the rural caucus.\n");
    assertEquals("Tomas Baker", a.marked("The plan is a disaster").speaker().name(), a::describe);
  }
}
