package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A phrase before "X said," that a quotation follows is the quotation's setting, not words X said. */
class FrontedSettingBeforeQuotationTest {

  @Test
  void aTimePhraseBeforeTheSourceIsNotReported() {
    QuotesOf a = QuotesOf.text("Quite suddenly, after the couple divorced, Crawford said, \"Marla called me.\"");
    assertTrue(a.allContaining("the couple divorced").isEmpty(), a::describe);
    assertEquals("Crawford", a.marked("Marla called me").speaker().mention().text(), a::describe);
  }

  @Test
  void aClosingSourceWithoutAQuotationAfterItStillReports() {
    QuotesOf a = QuotesOf.text("The plan will fail, Lee said.");
    assertEquals("The plan will fail", a.containing("The plan").text(), a::describe);
  }
}
