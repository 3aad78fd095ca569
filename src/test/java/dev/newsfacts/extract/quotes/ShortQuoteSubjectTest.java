package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** A short quote woven into a sentence is the words of the person who is that sentence's subject. */
class ShortQuoteSubjectTest {
  @Test
  void theSubjectOfTheSentenceSpeaksTheShortQuote() {
    QuotesOf a = QuotesOf.text("The budget passed on Thursday.\n\nGovernor Alma Reyes wants a \"fresh start\" for the city agency.\n");
    Quote q = a.marked("fresh start");
    assertEquals("short-quote-subject", q.speaker().rule(), a::describe);
    assertEquals("Alma Reyes", q.speaker().name(), a::describe);
  }

  @Test
  void aRelativeClauseBetweenSubjectAndQuoteLeavesItUnattributed() {
    QuotesOf a = QuotesOf.text("The budget passed on Thursday.\n\nGovernor Alma Reyes read an editorial which wants a \"fresh start\" for the city agency.\n");
    assertTrue(a.allContaining("fresh start").stream().noneMatch(q -> "short-quote-subject".equals(q.speaker().rule())),
        a::describe);
  }
}
