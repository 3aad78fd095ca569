package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** A source set off by commas after a fronted clause that cannot stand alone attributes the whole sentence. */
class FrontedClauseAsideTest {
  @Test
  void aFrontedSubordinateClauseBelongsToWhatWasSaid() {
    QuotesOf a = QuotesOf.text("Unless the province adds beds, the nurses say, emergency rooms will close this winter.");
    Quote q = a.containing("emergency rooms will close");
    assertTrue(q.text().startsWith("Unless the province adds beds"), a::describe);
    assertEquals("the nurses", q.speaker().mention().text(), a::describe);
    assertEquals(ReportedSpeech.PARENTHETICAL, q.speaker().rule(), a::describe);
  }

  @Test
  void aGerundSubjectBeforeTheAsideTakesThePredicateAfterIt() {
    QuotesOf a = QuotesOf.text("Cycling on Portage Avenue after dark, the riders said, can be dangerous.");
    Quote q = a.containing("can be dangerous");
    assertTrue(q.text().startsWith("Cycling on Portage Avenue"), a::describe);
  }

  @Test
  void howeverBetweenSubjectAndVerbKeepsTheSubject() {
    QuotesOf a = QuotesOf.text("Councillor Ruth Adler however said the budget would pass.");
    Quote q = a.containing("the budget would pass");
    assertEquals("Councillor Ruth Adler", q.speaker().mention().text(), a::describe);
  }
}
