package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** A quote nothing else attributes takes the person named just before it in its paragraph. */
class NearestMentionTest {

  @Test
  void anUncuedQuoteTakesThePersonNamedBeforeItInItsParagraph() {
    QuotesOf a = QuotesOf.text("Maria Lopez, the union leader, spoke to workers on Monday. \"We need more nurses. "
        + "The hospital is understaffed.\"");
    Quote q = a.containing("more nurses");
    assertEquals("nearest-mention", q.speaker().rule(), a::describe);
    assertEquals("Maria Lopez", q.speaker().name(), a::describe);
  }

  @Test
  void theNearerOfTwoPeopleInTheParagraphIsTaken() {
    QuotesOf a = QuotesOf.text("Maria Lopez, the union leader, met Tom Baker, the hospital manager, on Monday. "
        + "\"The wards will get twelve more nurses by June.\"");
    assertEquals("Tom Baker", a.containing("twelve more nurses").speaker().name(), a::describe);
  }

  @Test
  void aPersonNamedInAnotherParagraphDoesNotAttributeTheQuote() {
    QuotesOf a = QuotesOf.text("The union leader this year is Maria Lopez.\n\n"
        + "\"The wards will get twelve more nurses by June.\"");
    assertNull(a.containing("twelve more nurses").speaker().name(), a::describe);
  }
}
