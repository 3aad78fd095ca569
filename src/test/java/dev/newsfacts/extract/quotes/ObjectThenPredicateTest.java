package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** After a verb that attributes its object, a verb past the object's comma is the subject's next act. */
class ObjectThenPredicateTest {
  @Test
  void theObjectEndsAtTheCommaBeforeASecondPredicate() {
    QuotesOf a = QuotesOf.text("The mayor defended the transit plan as a bargain, mocked the council and left early.");
    Quote q = a.containing("the transit plan");
    assertEquals("the transit plan as a bargain", q.text(), a::describe);
    assertEquals(ReportedSpeech.SPEECH_ACT_OBJECT, q.speaker().rule(), a::describe);
  }

  @Test
  void aPhrasalCueKeepsOnlyItsObjectBeforeTheNextVerb() {
    QuotesOf a = QuotesOf.text("The senator joked about rival fishing towns, declined to take questions and left.");
    Quote q = a.containing("rival fishing towns");
    assertFalse(q.text().contains("declined"), a::describe);
  }

  @Test
  void aVerbRightAfterTheNounStillMakesAReportedClause() {
    QuotesOf a = QuotesOf.text("The union denied the strike happened on the night of the vote.");
    Quote q = a.containing("the strike");
    assertEquals("the strike happened on the night of the vote", q.text(), a::describe);
  }

  @Test
  void aParticipleAfterTheCommaIsLeftToTheParticipleRule() {
    QuotesOf a = QuotesOf.text("The council criticized the budget, saying the cuts went too far.");
    assertEquals(1, a.allContaining("the cuts went too far").size(), a::describe);
  }
}
