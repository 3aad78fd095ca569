package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A verb of two words next to a quotation ("shot back", "went on") is its cue; away from quotation marks it reports nothing. */
class PhrasalQuoteVerbTest {
  private static final String EXCHANGE = "The debate turned sharp after the first hour.\n\n"
      + "\"My opponent wants to look tough tonight,\" Dana Whitfield said.\n\n";

  @Test
  void shotBackAfterAQuoteNamesItsSpeaker() {
    QuotesOf a = QuotesOf.text(EXCHANGE + "\"She has never run a business in her life,\" Paul Okafor shot back.\n");
    assertEquals("Paul Okafor", a.marked("never run a business").speaker().name(), a::describe);
  }

  @Test
  void wentOnAfterAQuoteNamesItsSpeaker() {
    QuotesOf a = QuotesOf.text(EXCHANGE + "\"You know, it happens to everyone, right?\" Paul Okafor went on, smiling at the crowd.\n");
    assertEquals("Paul Okafor", a.marked("it happens to everyone").speaker().name(), a::describe);
  }

  @Test
  void wentOnWithoutQuotationMarksReportsNothing() {
    QuotesOf a = QuotesOf.text("The rally went on for three hours in the rain outside the arena.\n");
    assertTrue(a.quotes().isEmpty(), a::describe);
  }

  @Test
  void pointsOutAfterAQuoteNamesItsSpeaker() {
    QuotesOf a = QuotesOf.text(EXCHANGE + "\"Some of us thought we could still work with them,\" Okafor points out.\n");
    assertEquals("Okafor", a.marked("still work with them").speaker().mention().text(), a::describe);
  }
}
