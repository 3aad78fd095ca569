package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The subject a cue belongs to when appositives, parentheses, time phrases or a long clause stand in the way. */
class ClauseSubjectTest {

  @Test
  void anAbbreviatedPlaceInAnAppositiveDoesNotHideTheSpeaker() {
    QuotesOf a = QuotesOf.text("Tina Marsh, 41, of Flint, Mich., said the plant had been "
        + "\u201cthe heart of the town\u201d for decades.");
    assertTrue(a.marked("heart of the town").speaker().mention().text().contains("Tina Marsh"), a::describe);
  }

  @Test
  void aPartyParenthesisAndARelativeClauseLeadBackToTheSpeaker() {
    QuotesOf a = QuotesOf.text("Sen. Laura Pike (D-Mo.), who has endorsed the governor, said the mayor had become "
        + "a \u201cstronger\u201d candidate.");
    assertEquals("Sen. Laura Pike", a.marked("stronger").speaker().mention().text(), a::describe);
  }

  @Test
  void aNounPhraseFollowedByAVerbAfterTheCueOpensWhatWasSaid() {
    AnnotatedText at = QuotesOf.annotate("Officials said the mayor has resigned.");
    List<Token> t = at.tokens();
    assertTrue(ReportedClauseSubject.test(t, new TokenSpan(2, 4)), t::toString);
  }

  @Test
  void aNameEndingTheClauseAfterTheCueIsAnInvertedSource() {
    AnnotatedText at = QuotesOf.annotate("\u201cWe will rebuild,\u201d said Mayor Ana Lopez, who took office in May.");
    List<Token> t = at.tokens();
    int said = 0;
    while (!t.get(said).is("said")) said++;
    assertFalse(ReportedClauseSubject.test(t, new TokenSpan(said + 1, said + 4)), t::toString);
  }

  @Test
  void aParticipleAfterACommaTakesTheSubjectOfTheMainClause() {
    QuotesOf a = QuotesOf.text("Councillor Ann Fields (I-Vt.) on Saturday criticized the budget deal adopted after two weeks "
        + "of talks, saying the agreement goes \u201cnowhere near far enough.\u201d");
    assertEquals("Councillor Ann Fields", a.marked("nowhere near").speaker().mention().text(), a::describe);
  }

  @Test
  void aParticipleSkipsASubjectInsideTheClauseBeforeIt() {
    QuotesOf a = QuotesOf.text("The retired surgeon has provided no details about how he planned to reboot his campaign, "
        + "saying only that he was \u201crefining some operational practices.\u201d");
    assertEquals("The retired surgeon", a.marked("refining").speaker().mention().text(), a::describe);
  }

  @Test
  void aDayAfterOnBetweenSubjectAndCueIsNotTheSubject() {
    QuotesOf a = QuotesOf.text("The Transport Ministry on Monday said the new line would be \u201cfully open by spring.\u201d");
    assertEquals("The Transport Ministry", a.marked("fully open").speaker().mention().text(), a::describe);
  }

  @Test
  void aParticipleAfterByTakesTheSubjectOfTheMainClause() {
    QuotesOf a = QuotesOf.text("The former manager quashed rumors he was planning a memoir by tweeting that he was bound by "
        + "\u201ca strict confidentiality agreement.\u201d");
    assertEquals("The former manager", a.marked("confidentiality").speaker().mention().text(), a::describe);
  }

  @Test
  void aNounPhraseBeforeAnOpeningMarkAfterTheCueIsWhatWasSaid() {
    AnnotatedText at = QuotesOf.annotate("Critics said the mayor \u201coffered no changes\u201d to the plan.");
    List<Token> t = at.tokens();
    assertTrue(ReportedClauseSubject.test(t, new TokenSpan(2, 4)), t::toString);
  }
}
