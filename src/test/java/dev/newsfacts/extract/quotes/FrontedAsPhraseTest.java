package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sentence opening with an "As" phrase has its subject after the phrase's comma. */
class FrontedAsPhraseTest {

  @Test
  void givesThePronounToTheSubjectAfterAnAsPhrase() {
    QuotesOf a = QuotesOf.text("""
        Samuel Ortiz drives the shelter van four nights a week.

        "People do not ask for much," said coordinator Paul Brenner.

        As the rain began Friday, Ortiz parked the truck and counted the boxes. He put the keys back in his pocket.

        "Tomorrow will be harder," he said.
        """);
    assertEquals("Samuel Ortiz", a.marked("Tomorrow").speaker().name(), a::describe);
  }

  @Test
  void endsThePhraseAtItsComma() {
    List<Token> toks = QuotesOf.annotate("As the rain began Friday, Ortiz parked the truck.").tokens();
    assertEquals(QuotesOf.indexOf(toks, ","), FrontedAsPhrase.end(toks, new boolean[toks.size()], 0, toks.size()));
  }

  @Test
  void findsNoPhraseInASentenceThatDoesNotOpenWithAs() {
    List<Token> toks = QuotesOf.annotate("When the rain began Friday, Ortiz parked the truck.").tokens();
    assertEquals(-1, FrontedAsPhrase.end(toks, new boolean[toks.size()], 0, toks.size()));
  }
}
