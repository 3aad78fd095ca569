package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A role the tagger reads as an adjective ("the official") before ", who ..." is still the subject of the cue after the clause. */
class RelativeAsideSubjectTest {

  @Test
  void anOfficialBeforeAWhoClauseIsTheSourceOfWhatTheCueReports() {
    QuotesOf q = QuotesOf.text("The official, who spoke on condition of anonymity, said that investigators are checking the servers.");
    assertTrue(q.containing("investigators are checking the servers").speaker().mention().text().startsWith("The official"),
        q::describe);
  }

  @Test
  void aSeniorOfficialWithAnAdjectiveIsTheSourceToo() {
    QuotesOf q = QuotesOf.text("A senior official, who is based in Ottawa, said the border would reopen next week.");
    assertTrue(q.containing("the border would reopen").speaker().mention().text().startsWith("A senior official"), q::describe);
  }

  @Test
  void anAdjectiveBeforeAWhichClauseIsNoSource() {
    assertFalse(DeterminedAdjective.beforeRelativeWho(QuotesOf.annotate("The new, which nobody liked, said little.").tokens(), 1, 0));
  }

  @Test
  void anAdjectiveWithoutAnArticleIsNoSource() {
    assertEquals(false, DeterminedAdjective.beforeRelativeWho(QuotesOf.annotate("Official, who knew, said it.").tokens(), 0, 0));
  }
}
