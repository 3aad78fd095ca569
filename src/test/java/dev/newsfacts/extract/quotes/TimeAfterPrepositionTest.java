package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** A month or a day after a preposition between a source and its verb is when it was said, never who said it. */
class TimeAfterPrepositionTest {
  @Test
  void aMonthAfterInIsNotTheSource() {
    QuotesOf a = QuotesOf.text("The airline association IATA in June forecast that carriers would earn a record profit this year.\n");
    Quote q = a.containing("carriers would earn a record profit");
    assertEquals("IATA", q.speaker().name(), a::describe);
  }

  @Test
  void aPollInAMonthIsTheSource() {
    QuotesOf a = QuotesOf.text("A Gallup poll in January showed that most voters want lower property taxes.\n");
    Quote q = a.containing("most voters want lower property taxes");
    assertEquals("A Gallup poll", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aDayAfterOnStillFindsTheSource() {
    QuotesOf a = QuotesOf.text("The transit authority on Monday announced that fares would rise by ten cents.\n");
    Quote q = a.containing("fares would rise by ten cents");
    assertEquals("The transit authority", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aYearAfterInIsNotTheSource() {
    QuotesOf a = QuotesOf.text("The council in 2019 said that the pool would close for good.\n");
    Quote q = a.containing("the pool would close");
    assertEquals("The council", q.speaker().mention().text(), a::describe);
  }
}
