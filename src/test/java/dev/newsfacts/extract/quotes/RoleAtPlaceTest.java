package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A name, then a role at a place, then a clause about the place: the speaker is the name. */
class RoleAtPlaceTest {

  @Test
  void namesThePersonOpeningAChainWhoseRoleHasAPlaceAndAClauseAfterIt() {
    QuotesOf a = QuotesOf.text("""
        Peter Olsen, a trader at Lakeside Funds, which bought more shares, said the price was fair.
        """);
    assertEquals("Peter Olsen", a.reported().get(0).speaker().name(), a::describe);
  }

  @Test
  void keepsTheWordsBeforeThePreposition() {
    List<Token> toks = QuotesOf.annotate("a trader at Lakeside Funds").tokens();
    assertEquals(new TokenSpan(0, 2), RoleAtPlace.beforePlace(toks, new TokenSpan(0, toks.size())));
  }

  @Test
  void keepsAPhraseWithoutAPrepositionWhole() {
    List<Token> toks = QuotesOf.annotate("Senator Ann Ruiz").tokens();
    assertEquals(new TokenSpan(0, 3), RoleAtPlace.beforePlace(toks, new TokenSpan(0, 3)));
  }
}
