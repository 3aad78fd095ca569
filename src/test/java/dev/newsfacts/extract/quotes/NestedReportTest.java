package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import dev.newsfacts.model.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report inside the words another report attributes is a report of its own. */
class NestedReportTest {
  @Test
  void aPromiseReportedInsideWhatSomeoneSaidIsKeptWithItsOwnSource() {
    QuotesOf a = QuotesOf.text("Ms. Alvarez said the mayor had promised that the bridge would reopen in May.");
    List<Quote> inner = a.allContaining("the bridge would reopen in May").stream()
        .filter(q -> q.text().equals("the bridge would reopen in May")).toList();
    assertEquals(1, inner.size(), a::describe);
    assertEquals("the mayor", inner.get(0).speaker().mention().text(), a::describe);
  }

  @Test
  void theOuterReportKeepsTheWholeClause() {
    QuotesOf a = QuotesOf.text("Ms. Alvarez said the mayor had promised that the bridge would reopen in May.");
    List<Quote> outer = a.allContaining("the mayor had promised");
    assertEquals(1, outer.size(), a::describe);
    assertEquals("Ms. Alvarez", outer.get(0).speaker().mention().text(), a::describe);
  }

  @Test
  void aSecondPredicateOfTheSameSourceEndsTheFirstReportBeforeTheAnd() {
    QuotesOf a = QuotesOf.text("The fire chief said the blaze was under control and warned that winds could spread it overnight.");
    assertEquals("the blaze was under control", a.containing("under control").text(), a::describe);
    assertEquals("The fire chief", a.containing("winds could spread it").speaker().mention().text(), a::describe);
  }

  @Test
  void aReportReadingTheSameWordsFromTheirStartIsNotKeptAgain() {
    Candidate outer = new Candidate(QuoteKind.INDIRECT, 10, 60, null);
    Candidate inner = new Candidate(QuoteKind.INDIRECT, 10, 40, null);
    assertFalse(NestedReport.keeps(outer, inner));
  }

  @Test
  void aReportStartingInsideTheOuterContentIsKept() {
    Candidate outer = new Candidate(QuoteKind.INDIRECT, 10, 60, null);
    Candidate inner = new Candidate(QuoteKind.INDIRECT, 30, 60, null);
    assertTrue(NestedReport.keeps(outer, inner));
  }
}
