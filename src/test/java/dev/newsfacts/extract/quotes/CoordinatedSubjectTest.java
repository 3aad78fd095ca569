package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An "and" between two subjects of one clause does not start a report of its own. */
class CoordinatedSubjectTest {
  private static boolean subjectsJoined(String sentence, String after) {
    List<Token> t = QuotesOf.annotate(sentence).tokens();
    int from = 0;
    while (!t.get(from).is(after)) from++;
    int conj = from + 1;
    while (!t.get(conj).is("and")) conj++;
    return CoordinatedSubject.at(t, from + 1, conj);
  }

  @Test
  void anAndBeforeAnyVerbJoinsTwoSubjects() {
    assertTrue(subjectsJoined("Okafor said she and her partner are expecting a second child in May.", "said"));
  }

  @Test
  void anAndAfterAVerbJoinsTwoClauses() {
    assertFalse(subjectsJoined("Okafor said the plant will close and its workers expect nothing.", "said"));
  }

  @Test
  void aCommaBeforeTheAndJoinsTwoClauses() {
    assertFalse(subjectsJoined("Okafor said the costs, and the union argues the delays are worse.", "said"));
  }

  @Test
  void theReportKeepsBothSubjects() {
    QuotesOf a = QuotesOf.text("Okafor said she and her partner are expecting a second child in May.");
    assertEquals("she and her partner are expecting a second child in May", a.reported().get(0).text(), a::describe);
  }

  @Test
  void aCoordinatedClauseWithItsOwnCueStillReportsApart() {
    QuotesOf a = QuotesOf.text("The mayor says the budget is balanced, and her critics argue that the figures are wrong.");
    assertEquals(1, a.allContaining("the figures are wrong").size(), a::describe);
    assertFalse(a.reported().get(0).text().contains("critics"), a::describe);
  }
}
