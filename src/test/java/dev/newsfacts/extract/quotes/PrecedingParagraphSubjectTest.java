package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A paragraph that opens with a quote and a "he said" goes on from the person the paragraph before ends on. */
class PrecedingParagraphSubjectTest {

  @Test
  void givesThePronounToTheSubjectClosingTheParagraphBefore() {
    QuotesOf a = QuotesOf.text("""
        Former coach Martin Keller said the club had "given up" on its young players.

        Supporters wondered whether the owners would sell. General manager Daniel Brooks rejected that idea.

        "Nobody here is selling anything," he said.
        """);
    assertEquals("Daniel Brooks", a.marked("Nobody here").speaker().name(), a::describe);
  }

  @Test
  void followsAPronounSubjectBackToTheNameItStandsFor() {
    QuotesOf a = QuotesOf.text("""
        Councillor Peter Vance said the budget "ignores the east end."

        At dawn, volunteer Samuel Ortiz loaded the last boxes into the truck. He locked the warehouse behind him.

        "We will be back tomorrow," he said.
        """);
    assertEquals("Samuel Ortiz", a.marked("back tomorrow").speaker().name(), a::describe);
  }

  @Test
  void keepsTheLastSpeakerWhenTheParagraphBeforeEndsOnSomeoneElse() {
    QuotesOf a = QuotesOf.text("""
        "The river has never been this high," said Mayor Alan Fisk.

        Residents filled sandbags through the night. Premier Ruth Landry toured the area on Tuesday.

        "We are doing everything we can," he said.
        """);
    assertEquals("Alan Fisk", a.marked("everything we can").speaker().name(), a::describe);
  }

  @Test
  void leavesAQuoteInsideItsParagraphToTheOtherRules() {
    QuotesOf a = QuotesOf.text("""
        "Prices will keep rising," said economist Carl Hughes.

        Trader Victor Lam sold most of his shares in March.

        Later that week, markets fell again. "Nobody saw this coming," he said.
        """);
    assertEquals("Carl Hughes", a.marked("Nobody saw").speaker().name(), a::describe);
  }
}
