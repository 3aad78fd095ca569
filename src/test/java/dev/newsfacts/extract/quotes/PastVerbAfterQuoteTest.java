package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** A quotation whose sentence goes on into a noun phrase and a past verb is that noun phrase's, whatever the verb. */
class PastVerbAfterQuoteTest {

  @Test
  void anyPastVerbAfterACommaQuoteNamesItsSpeaker() {
    QuotesOf a = QuotesOf.text("Councillor Ben Ortiz spoke first at the hearing.\n\n"
        + "\u201cThis town will always be a port town,\u201d a furious Mayor Ida Crane retorted.");
    Quote q = a.marked("port town");
    assertEquals("Ida Crane", q.speaker().name(), a::describe);
  }

  @Test
  void aPastVerbWithAPrepositionAfterItStillCloses() {
    QuotesOf a = QuotesOf.text("The interview was short.\n\n\u201cYou told the board you would stay, did you not?\u201d "
        + "host Lena Varga began on Monday's show.");
    Quote q = a.marked("told the board");
    assertEquals("Lena Varga", q.speaker().name(), a::describe);
  }

  @Test
  void aQuotationClosedByAFullStopIsNotClaimedByTheNextSentence() {
    QuotesOf a = QuotesOf.text("Dockworkers cheered outside the hall.\n\n\u201cThe strike is over.\u201d The union "
        + "celebrated late into the night.");
    Quote q = a.marked("strike is over");
    assertNotEquals("The union", q.speaker() == null || q.speaker().mention() == null ? null : q.speaker().mention().text(), a::describe);
  }
}
