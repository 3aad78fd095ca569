package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A title in marks after a noun of works or a broadcaster's initials names a work; nobody said it. */
class WorkTitleTest {
  @Test
  void aBookTitleIsNotAQuote() {
    QuotesOf a = QuotesOf.text("Harlan Pierce wrote about the strike in his book \"The Long Winter of Flint\" last year.\n");
    assertTrue(a.allContaining("Long Winter").isEmpty(), a::describe);
  }

  @Test
  void aShowNamedAfterABroadcastersInitialsIsNotAQuote() {
    QuotesOf a = QuotesOf.text("Harlan Pierce appeared on CBS's \"Morning Roundtable\" to discuss the strike.\n");
    assertTrue(a.allContaining("Morning Roundtable").isEmpty(), a::describe);
  }

  @Test
  void wordsInLowerCaseAfterAWorkNounAreStillAQuote() {
    QuotesOf a = QuotesOf.text("Harlan Pierce called the show \"a waste of everyone's time and money,\" in a statement.\n");
    assertEquals(1, a.allContaining("a waste of everyone").size(), a::describe);
  }

  @Test
  void aProgrammeSomeoneAppearedOnIsNotAQuote() {
    QuotesOf a = QuotesOf.text("\"We are not done,\" Dana Whitfield said on \"Meet the Voters.\" She left for Ohio later.\n");
    assertTrue(a.allContaining("Meet the Voters").isEmpty(), a::describe);
  }

  @Test
  void aProgrammeSomeoneToldIsNotAQuote() {
    QuotesOf a = QuotesOf.text("\"The bill is dead,\" Senator Ross Tate told \"Morning Table,\" adding that he would vote no.\n");
    assertTrue(a.allContaining("Morning Table").isEmpty(), a::describe);
  }

  @Test
  void aProgrammeAfterABroadcastersPossessiveIsNotAQuote() {
    QuotesOf a = QuotesOf.text("Wednesday on Harbor News Channel's \"The Night Desk With Ray Cole,\" Mayor Ida Long said the port would reopen.\n");
    assertTrue(a.allContaining("Night Desk With").isEmpty(), a::describe);
  }

  @Test
  void anExclamationAfterOnIsStillAQuote() {
    QuotesOf a = QuotesOf.text("The crowd turned on the speaker, and Ray Dunn shouted on cue \"Get Out Now!\" at the stage.\n");
    assertEquals("Ray Dunn", a.marked("Get Out Now").speaker().name(), a::describe);
  }
}
