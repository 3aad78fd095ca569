package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A correlative comparative needs two "the + comparative" clauses; one "-er" noun after "the" is a subject. */
class CorrelativeComparativePairTest {
  @Test
  void thePremierToldReportsWhatWasSaid() {
    QuotesOf a = QuotesOf.text("The premier told reporters that the budget would be balanced by next spring.\n");
    assertEquals("The premier", a.containing("the budget would be balanced").speaker().mention().text(), a::describe);
  }

  @Test
  void aTrueCorrelativeStillReportsNothing() {
    QuotesOf a = QuotesOf.text("The longer the strike lasts, the more parents say they are worried about exams.\n");
    assertTrue(a.allContaining("they are worried").isEmpty(), a::describe);
  }
}
