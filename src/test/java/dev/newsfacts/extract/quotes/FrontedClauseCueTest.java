package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** A cue inside a subordinate clause that opens the sentence does not attribute words quoted after its comma. */
class FrontedClauseCueTest {

  @Test
  void wordsAfterAFrontedWhenClauseBelongToTheMainClause() {
    QuotesOf a = QuotesOf.text("When Mayor Ruth Adler announced the budget in June, Councillor Tom Reyes called the cuts "
        + "\u201creckless and cruel\u201d in a radio interview.");
    Quote q = a.marked("reckless");
    assertEquals("Tom Reyes", q.speaker().name(), a::describe);
  }

  @Test
  void wordsAfterAFrontedAfterClauseBelongToTheMainClause() {
    QuotesOf a = QuotesOf.text("After the union said it would strike, the company released a statement calling the demand "
        + "\u201cimpossible to meet this year.\u201d");
    Quote q = a.marked("impossible");
    assertEquals("the company", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aFrontedAsClauseStillAttributesTheQuotation() {
    QuotesOf a = QuotesOf.text("As Mayor Ruth Adler said last week in Halifax, \u201cthe port is the heart of this city "
        + "and it always will be.\u201d");
    Quote q = a.marked("heart of this city");
    assertEquals("Ruth Adler", q.speaker().name(), a::describe);
  }

  @Test
  void wordsQuotedInsideTheFrontedClauseKeepItsCue() {
    QuotesOf a = QuotesOf.text("When Mayor Ruth Adler called the plan \u201ca waste of public money,\u201d the council "
        + "voted it down.");
    Quote q = a.marked("waste of public money");
    assertEquals("Ruth Adler", q.speaker().name(), a::describe);
  }

  @Test
  void aCommaRightBeforeTheQuotationClosesTheAttributionNotTheClause() {
    QuotesOf a = QuotesOf.text("When the moderator pressed him on his taxes \u2015 as was true for years \u2015 Tom Reyes "
        + "boasted, \u201cThat makes me smart.\u201d");
    Quote q = a.marked("makes me smart");
    assertEquals("Tom Reyes", q.speaker().name(), a::describe);
  }
}
