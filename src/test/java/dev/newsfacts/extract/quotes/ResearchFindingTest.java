package dev.newsfacts.extract.quotes;

import static dev.newsfacts.extract.quotes.QuotesOf.assertNoQuote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a piece of research found is a finding, not reported speech (ResearchFinding). */
class ResearchFindingTest {
  @Test
  void whatAStudyFoundIsNoQuote() {
    assertNoQuote("A 2023 study by researchers at the college found that ferry delays doubled over the decade.");
  }

  @Test
  void whatAnAuditReleasedInMayFoundIsNoQuote() {
    assertNoQuote("An audit released in May found that the agency had overpaid three of its suppliers.");
  }

  @Test
  void aPollIsNotResearch() {
    AnnotatedText at = QuotesOf.annotate("The poll found that most voters back the new ferry schedule.");
    List<Token> t = at.tokens();
    int found = 0;
    while (!t.get(found).is("found")) found++;
    assertFalse(ResearchFinding.test(t, at.sentences().get(0), found, "find"));
  }

  @Test
  void whatAJudgeFoundAfterAFrontedPhraseIsStillReported() {
    QuotesOf a = QuotesOf.text("In a ruling released Monday, Justice Mara Olsen found that the ferry operator had broken its contract.");
    assertEquals("Justice Mara Olsen", a.containing("the ferry operator had broken").speaker().mention().text(), a::describe);
  }

  @Test
  void onlyFindIsAFindingVerb() {
    AnnotatedText at = QuotesOf.annotate("The report said that fares will rise. The report found that fares will rise.");
    List<Token> t = at.tokens();
    int said = -1;
    int found = -1;
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).is("said")) said = i;
      if (t.get(i).is("found")) found = i;
    }
    assertFalse(ResearchFinding.test(t, at.sentences().get(0), said, "say"));
    assertTrue(ResearchFinding.test(t, at.sentences().get(1), found, "find"));
  }
}
