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
}
