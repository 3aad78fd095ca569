package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A nickname inside a name is no quote; a predicate quoted after its subject between capitals is one. */
class NicknameInNameTest {
  @Test
  void aNicknameBetweenGivenNameAndSurnameIsNotAQuote() {
    QuotesOf a = QuotesOf.text("Police arrested Marcus \"Big Mac\" Delgado outside a bakery on Tuesday.\n");
    assertTrue(a.allContaining("Big Mac").isEmpty(), a::describe);
  }

  @Test
  void aQuotedPredicateAfterItsSubjectIsAQuote() {
    QuotesOf a = QuotesOf.text("Governor Ellis says Halvorsen \"has a long record of bringing people together.\" "
        + "He spoke in Albany on Monday.\n");
    assertEquals(1, a.quotes().stream().filter(q -> q.kind() != dev.newsfacts.model.QuoteKind.INDIRECT).count(), a::describe);
  }

  @Test
  void aQuotedPredicateTakesTheSpeakerOfItsSentence() {
    QuotesOf a = QuotesOf.text("Mayor Brenda Wu said Councillor Park \"has failed to do anything for this ward.\" "
        + "The council meets again in May.\n");
    assertEquals("Brenda Wu", a.marked("has failed to do anything").speaker().name(), a::describe);
  }
}
