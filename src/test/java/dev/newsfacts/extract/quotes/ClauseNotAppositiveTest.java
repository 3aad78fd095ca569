package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** A clause between a fronted phrase and an inverted cue ("..., it is unusual, said Lee") is what Lee said, not an appositive. */
class ClauseNotAppositiveTest {

  @Test
  void theClauseBeforeAnInvertedCueIsReportedAndTheNameAfterItSpeaks() {
    QuotesOf q = QuotesOf.text("In the tightly scripted world of politics, it is highly unusual for such a mistake to slip through, said Ana Lopez, a veteran speechwriter.");
    assertEquals("Ana Lopez", q.containing("highly unusual").speaker().mention().text().substring(0, 9), q::describe);
  }

  @Test
  void aShortAsideLeavesTheNounBeforeItTheSubject() {
    var toks = QuotesOf.annotate("Lee, it turned out, knew the voters well.").tokens();
    assertFalse(ClauseNotAppositive.at(toks, 2, 5));
  }

  @Test
  void anAppositiveWithoutAPronounSubjectIsNoClause() {
    assertFalse(ClauseNotAppositive.at(QuotesOf.annotate("Lee, a former teacher, said it.").tokens(), 2, 5));
  }
}
