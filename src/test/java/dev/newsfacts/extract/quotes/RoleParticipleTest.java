package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An -ing word of a role ("ranking", "acting") before a party or title opens the source's noun phrase. */
class RoleParticipleTest {

  @Test
  void rankingBeforeAPartyAfterTheCueIsTheSource() {
    QuotesOf q = QuotesOf.text("\"This bill is a mistake,\" said ranking Republican Tom Mercer.");
    assertEquals("Tom Mercer", q.containing("This bill is a mistake").speaker().name(), q::describe);
  }

  @Test
  void actingBeforeATitleAfterTheCueIsTheSource() {
    QuotesOf q = QuotesOf.text("\"The review will take months,\" said acting Secretary Dana Holt.");
    assertEquals("Dana Holt", q.containing("The review will take months").speaker().name(), q::describe);
  }

  @Test
  void aCommitteeNameBeforeRankingIsPartOfTheSource() {
    QuotesOf q = QuotesOf.text("\"This bill is a mistake,\" said Oversight ranking Democrat Tom Mercer (D-Md.).");
    assertEquals("Tom Mercer", q.containing("This bill is a mistake").speaker().name(), q::describe);
  }

  @Test
  void actingBeforeAPrepositionIsAVerb() {
    var toks = QuotesOf.annotate("The board was acting on advice from its lawyers.").tokens();
    assertFalse(RoleParticiple.at(toks, 3, toks.size()));
  }

  @Test
  void rankingBeforeAPartyIsARoleWord() {
    var toks = QuotesOf.annotate("The ranking Democrat on the panel objected.").tokens();
    assertTrue(RoleParticiple.at(toks, 1, toks.size()));
  }
}
