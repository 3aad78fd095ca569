package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** '"…," the editorial said.': an article and a word the tagger called an adjective, right before a closing cue, name the source. */
class SourceAfterQuoteTagSlipTest {
  @Test
  void theEditorialSaidIsTheSource() {
    QuotesOf a = QuotesOf.text("The storm left the city without power.\n\n"
        + "\u201cWe will win this fight in the end,\u201d the editorial said.\n");
    Quote q = a.marked("We will win this fight");
    assertEquals("the editorial", q.speaker().mention().text(), a::describe);
  }

  @Test
  void anAdjectiveBeforeAParticipleThatGoesOnIsNoSource() {
    QuotesOf a = QuotesOf.text("A strong showing from Ms. Ruiz in Ohio could push other candidates out of the race.\n");
    assertNull(a.quotes().stream().filter(q -> q.speaker() != null && q.speaker().mention() != null
        && q.speaker().mention().text().contains("strong")).findFirst().orElse(null), a::describe);
  }
}
