package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** A quantifier standing alone before a verb of saying is its source; one before a noun or a participle is not. */
class QuantifierSubjectTest {
  @Test
  void someBeforeSayIsTheSource() {
    QuotesOf a = QuotesOf.text("The bridge opened on Monday. Some say it will bring more traffic to the old town.\n");
    Quote q = a.containing("it will bring more traffic");
    assertEquals("Some", q.speaker().mention().text(), a::describe);
  }

  @Test
  void anotherBeforeSaidIsTheSourceOfTheQuote() {
    QuotesOf a = QuotesOf.text("Two council members praised the budget. Another said, \"This plan leaves the east side behind again.\"\n");
    Quote q = a.marked("leaves the east side behind");
    assertEquals("Another", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aQuantifierBeforeANounPhraseIsNoSource() {
    QuotesOf a = QuotesOf.text("However, most state parties release those delegates when their candidate leaves the race.\n");
    assertTrue(a.reported().stream().noneMatch(q -> q.speaker() != null && q.speaker().mention() != null
        && q.speaker().mention().text().equalsIgnoreCase("most")), a::describe);
  }

  @Test
  void aQuantifierBeforeAParticipleIsNoSource() {
    QuotesOf a = QuotesOf.text("Perhaps most telling, though, were the shows the candidates said they watch at night.\n");
    assertTrue(a.quotes().stream().noneMatch(q -> q.speaker() != null && q.speaker().mention() != null
        && q.speaker().mention().text().equalsIgnoreCase("most")), a::describe);
  }
}
