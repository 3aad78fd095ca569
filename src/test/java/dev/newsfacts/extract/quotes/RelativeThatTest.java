package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A "that" between a noun and a verb opens a relative clause, not what was said. */
class RelativeThatTest {
  private static boolean relativeAt(String sentence) {
    List<Token> t = QuotesOf.annotate(sentence).tokens();
    int that = 0;
    while (!t.get(that).is("that")) that++;
    return RelativeThat.at(t, that);
  }

  @Test
  void aNounAndAVerbAroundThatMakeARelativeClause() {
    assertTrue(relativeAt("The mayor said a bylaw that passed last spring has cut noise complaints."));
  }

  @Test
  void aPronounSubjectAfterThatOpensTheContent() {
    assertFalse(relativeAt("The mayor told the council that she would not seek another term."));
  }

  @Test
  void aGerundSubjectAfterThatOpensTheContent() {
    assertFalse(relativeAt("The study found evidence that raising the wage costs few jobs."));
  }

  @Test
  void theContentKeepsTheNounTheRelativeClauseDescribes() {
    QuotesOf a = QuotesOf.text("The mayor said a bylaw that passed last spring has cut noise complaints by half.");
    assertEquals("a bylaw that passed last spring has cut noise complaints by half", a.reported().get(0).text(), a::describe);
  }

  @Test
  void aThatAfterTheCueStillIntroducesTheContent() {
    QuotesOf a = QuotesOf.text("The mayor told reporters on Monday that the bylaw has cut noise complaints by half.");
    assertEquals("the bylaw has cut noise complaints by half", a.reported().get(0).text(), a::describe);
  }

  @Test
  void aRelativeClauseAfterAnInvertedSourceKeepsItTheSpeaker() {
    QuotesOf a = QuotesOf.text("\"Business has never been this slow,\" said the owner of a shop that sells winter boots.");
    assertEquals("the owner of a shop", a.marked("never been this slow").speaker().mention().text(), a::describe);
  }
}
