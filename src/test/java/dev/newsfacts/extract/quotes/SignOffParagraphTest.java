package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** A quote that ends its paragraph is signed by a next paragraph of a dash and a name. */
class SignOffParagraphTest {

  @Test
  void aDashAndANameInTheNextParagraphSignTheQuote() {
    QuotesOf a = QuotesOf.text("Voters at the fair had plenty to say.\n\n"
        + "\u201cThe roads in this county have not been fixed in twenty years, and nobody in Lansing cares.\u201d\n\n"
        + "- Karen Whitfield.\n\nThe fair closes on Sunday.");
    Quote q = a.marked("roads in this county");
    assertEquals("Karen Whitfield", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aNameFollowedByACommaAndADescriptionSignsTheQuote() {
    QuotesOf a = QuotesOf.text("Voters at the fair had plenty to say.\n\n"
        + "\u201cThe roads in this county have not been fixed in twenty years, and nobody in Lansing cares.\u201d\n\n"
        + "\u2014 Karen Whitfield, a retired teacher from Flint.\n\nThe fair closes on Sunday.");
    Quote q = a.marked("roads in this county");
    assertEquals("Karen Whitfield", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aDashedListItemThatGoesOnAfterTheNameSignsNothing() {
    QuotesOf a = QuotesOf.text("Voters at the fair had plenty to say.\n\n"
        + "\u201cThe roads in this county have not been fixed in twenty years, and nobody in Lansing cares.\u201d\n\n"
        + "- Whitfield won the county by nine points.\n\nThe fair closes on Sunday.");
    Quote q = a.marked("roads in this county");
    assertNotEquals("dash-byline", q.speaker().rule(), a::describe);
  }
}
