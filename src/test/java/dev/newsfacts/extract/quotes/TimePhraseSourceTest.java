package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** A day and its part between a source and the verb, or after the verb, is when it was said, never who said it. */
class TimePhraseSourceTest {
  @Test
  void aDayAndItsPartAfterOnBeforeTheVerbIsNotTheSource() {
    QuotesOf a = QuotesOf.text("Council spokesman Omar Haddad on Thursday evening said the library would stay open all summer.\n");
    Quote q = a.containing("the library would stay open");
    assertEquals("Omar Haddad", q.speaker().name(), a::describe);
  }

  @Test
  void aDayAndItsPartWithoutOnIsNotTheSource() {
    QuotesOf a = QuotesOf.text("Councillor Grace Whitmore Sunday night argued that the library should stay open all summer.\n");
    Quote q = a.containing("the library should stay open");
    assertEquals("Grace Whitmore", q.speaker().name(), a::describe);
  }

  @Test
  void aDayAndItsPartAfterTheVerbIsNotWhatWasSaid() {
    QuotesOf a = QuotesOf.text("The mayor said Tuesday night that the library would stay open all summer.\n");
    assertEquals("the library would stay open all summer", a.reported().get(0).text(), a::describe);
  }
}
