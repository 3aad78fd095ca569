package dev.newsfacts.extract.quotes;

import static dev.newsfacts.extract.quotes.QuotesOf.assertNoQuote;
import static dev.newsfacts.extract.quotes.QuotesOf.indexOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stance that voices no words: feelings (FeelingVerb) and beliefs of an unnamed share of a group (UnnamedShareBelief). */
class UnvoicedStanceTest {
  private static final SpeechLexicon EN = SpeechLexicon.english();

  @Test
  void aWorryIsNotReportedSpeech() {
    assertNoQuote("The tenant, a nurse, worries that her landlord will raise the rent again before the winter.");
  }

  @Test
  void aFearIsNotReportedSpeech() {
    assertNoQuote("Park board chair Linda Osei fears the new rink will draw skaters away from the outdoor ovals.");
  }

  @Test
  void sayingAWorryIsStillReported() {
    QuotesOf a = QuotesOf.text("Osei said she worries that the rink will close early this season.");
    assertEquals("Osei", a.containing("she worries").speaker().mention().text(), a::describe);
  }

  @Test
  void onlyFeelingsAreFeelingVerbs() {
    assertTrue(FeelingVerb.test("worry"));
    assertTrue(FeelingVerb.test("fear"));
    assertFalse(FeelingVerb.test("say"));
    assertFalse(FeelingVerb.test(null));
  }

  @Test
  void aBeliefOfSomeOfAGroupIsNotReportedSpeech() {
    assertNoQuote("Some shop owners believe the parking fees will keep shoppers downtown away for good.");
  }

  @Test
  void whatOthersWantIsNotReportedSpeech() {
    assertNoQuote("Others want the league to move the final to a bigger arena in the capital next spring.");
  }

  @Test
  void whatSomeOfAGroupSayIsStillReported() {
    QuotesOf a = QuotesOf.text("Some shop owners said the parking fees will keep shoppers away for good.");
    assertEquals("Some shop owners", a.containing("the parking fees").speaker().mention().text(), a::describe);
  }

  @Test
  void whatSomeOfAGroupThinkIsStillReported() {
    QuotesOf a = QuotesOf.text("Some traders think the price of copper will fall again before the summer.");
    assertEquals("Some traders", a.containing("the price of copper").speaker().mention().text(), a::describe);
  }

  @Test
  void aNamedBelieverStillHoldsTheBelief() {
    AnnotatedText at = QuotesOf.annotate("Mayor Ana Ruiz believes the bridge will reopen in May. Some drivers believe it will not.");
    List<Token> t = at.tokens();
    List<Sentence> ss = at.sentences();
    int first = indexOf(t, "believes");
    assertFalse(UnnamedShareBelief.test(t, EN, ss.get(0), first), "a named subject");
    int second = -1;
    for (int i = first + 1; i < t.size(); i++) if (t.get(i).is("believe")) second = i;
    assertTrue(UnnamedShareBelief.test(t, EN, ss.get(1), second), "an unnamed share of drivers");
  }
}
