package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Words and phrases between a source and its speech verb do not hide the source. */
class SubjectBeforeCueTest {
  @Test
  void aParticiplePhraseBetweenSourceAndVerbIsSteppedOver() {
    QuotesOf a = QuotesOf.text("Mayor Ines Calder, speaking at a rally in the harbour district, said the ferry would run again by June.\n");
    assertEquals("Ines Calder", a.containing("the ferry would run").speaker().name(), a::describe);
  }

  @Test
  void howeverBetweenCommasIsSteppedOver() {
    QuotesOf a = QuotesOf.text("Councillor Femi Adebayo, however, said the ferry would not run again before the autumn.\n");
    assertEquals("Femi Adebayo", a.containing("the ferry would not run").speaker().name(), a::describe);
  }

  @Test
  void laterBeforeToldIsSteppedOver() {
    QuotesOf a = QuotesOf.text("Harbour master Colm Brady later told reporters that the ferry would run again by June.\n");
    assertEquals("Colm Brady", a.containing("the ferry would run").speaker().name(), a::describe);
  }

  @Test
  void aParticiplePhraseBeforeAQuoteCueIsSteppedOver() {
    QuotesOf a = QuotesOf.text("\"The ferry will run by June,\" Mayor Ines Calder, speaking at a rally in the harbour district, said.\n");
    assertEquals("Ines Calder", a.marked("ferry").speaker().name(), a::describe);
  }
}
