package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** A cue after "and" or "but" and an auxiliary is a second predicate that reports with the first one's subject. */
class CoordinatedPredicateTest {
  @Test
  void anAuxiliaryAfterButStillReportsTheClause() {
    QuotesOf a = QuotesOf.text("The senator did not mention his rivals but did note that he had won the most states.");
    assertEquals(1, a.allContaining("he had won the most states").size(), a::describe);
  }

  @Test
  void anAuxiliaryAndAnAdverbAfterButTakeTheFirstSubject() {
    QuotesOf a = QuotesOf.text("The company keeps its books private but has always said its business is growing fast.");
    Quote q = a.containing("its business is growing fast");
    assertEquals("The company", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aPassiveStanceVerbAfterButReportsNothing() {
    QuotesOf a = QuotesOf.text("The mayor will tour the plant on Friday but is not expected to meet the union leaders.");
    assertTrue(a.allContaining("meet the union leaders").isEmpty(), a::describe);
  }
}
