package dev.newsfacts.extract.quotes;

import static dev.newsfacts.extract.quotes.QuotesOf.assertNoQuote;
import static dev.newsfacts.extract.quotes.QuotesOf.indexOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What is not reported speech, each rule on sentences written for it, and each rule on its own. */
class ReportedSpeechPrecisionTest {
  private static final SpeechLexicon EN = SpeechLexicon.english();

  @Test
  void aPassiveExpectedToReportsNothing() {
    assertNoQuote("The telecommunications regulator is expected to release its own report on rural internet next month.");
  }

  @Test
  void aPassiveSaidToReportsNothing() {
    assertNoQuote("The former mayor is said to favour a quick sale of the stadium.");
  }

  @Test
  void aPassiveSpeechVerbClosingItsClauseIsNotTheCue() {
    QuotesOf a = QuotesOf.text("Homes remain at risk because flood defences have not been maintained, a parliamentary report has found.");
    Quote q = a.containing("Homes remain at risk");
    assertEquals("a parliamentary report", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aManAccusedOfACrimeIsNotASpeaker() {
    QuotesOf a = QuotesOf.text("A man accused of setting fire to an apartment building was ordered held without bail on"
        + " Friday, prosecutors said.");
    Quote q = a.containing("A man accused");
    assertEquals("prosecutors", q.speaker().mention().text(), a::describe);
  }

  @Test
  void anActiveExpectStillReports() {
    QuotesOf a = QuotesOf.text("Hospital director Mei Tan said she expects the new wing to open in March.");
    assertEquals("Mei Tan", a.containing("the new wing").speaker().name(), a::describe);
  }

  @Test
  void aCallOnSomeoneToActReportsNothing() {
    assertNoQuote("The tenants' association called on the city to freeze rents at the two towers until repairs are done.");
  }

  @Test
  void aCallOnSomeoneDoesNotTakeAwayAReportedClauseAfterIt() {
    QuotesOf a = QuotesOf.text("The tenants' association called on the city to act, and its chair said that rents had doubled since 2019.");
    assertEquals("its chair", a.containing("rents had doubled").speaker().mention().text(), a::describe);
  }

  @Test
  void aDocumentDescribedAfterATrailingCueIsNotTheContent() {
    QuotesOf a = QuotesOf.text("She had worked 50 hours a week for the firm and earned less than $300 after costs,"
        + " Singh said in an affidavit filed with the court.");
    Quote q = a.containing("She had worked");
    assertEquals("Singh", q.speaker().mention().text(), a::describe);
    assertEquals(1, a.quotes().size(), a::describe);
  }

  @Test
  void aStatementReleasedOnADayIsNotTheContent() {
    QuotesOf a = QuotesOf.text("The plant will close in March, the company said in a statement released on Monday.");
    assertEquals("the company", a.containing("The plant will close").speaker().mention().text(), a::describe);
    assertEquals(1, a.quotes().size(), a::describe);
  }

  @Test
  void aSettingBeforeThatStillLeavesTheClauseAfterIt() {
    QuotesOf a = QuotesOf.text("Singh said in an affidavit filed with the court that she was never paid for waiting time.");
    assertEquals("Singh", a.containing("she was never paid").speaker().mention().text(), a::describe);
  }

  @Test
  void wonderingWhetherReportsNothing() {
    assertNoQuote("Many parents wonder whether the new bus routes will be ready before the winter.");
  }

  @Test
  void aStanceThatSomeoneIsAskedAboutReportsNothing() {
    assertNoQuote("Asked whether she would support a fare increase next year, the mayor smiled and left the room.");
  }

  @Test
  void aStanceInAConditionReportsNothing() {
    assertNoQuote("If the council backs the new budget on Tuesday, property taxes will rise again.");
  }

  @Test
  void aStanceTakenOutrightIsStillReported() {
    QuotesOf a = QuotesOf.text("Councillor Ana Reyes backs the new budget.");
    assertEquals(1, a.quotes().size(), a::describe);
  }

  @Test
  void questioningHowReportsNothing() {
    assertNoQuote("Opposition councillors questioned how the contract had been awarded without a tender.");
  }

  @Test
  void questioningAPlanStillReportsItsClauseAfterThat() {
    QuotesOf a = QuotesOf.text("Opposition councillor Maya Roy questioned the plan and said that the contract had been awarded without a tender.");
    assertEquals("Maya Roy", a.containing("the contract had been awarded").speaker().name(), a::describe);
  }

  @Test
  void aNegatedSayBeforeWhetherReportsNothing() {
    assertNoQuote("The minister did not say whether the plant would close next year.");
  }

  @Test
  void aNegatedSayBeforeWhichReportsNothing() {
    assertNoQuote("Police would not say which roads were closed after the storm.");
  }

  @Test
  void aFrontedQuestionBeforeANegatedSayReportsNothing() {
    assertNoQuote("Asked which programs would shrink, the board chair would not say.");
  }

  @Test
  void aNegatedSayIsNegatedWhateverFollowsIt() {
    AnnotatedText at = QuotesOf.annotate("Asked which programs would shrink, Scott would not say.");
    List<Token> t = at.tokens();
    assertTrue(NegatedQuestion.negated(t, EN, indexOf(t, "say")));
    assertFalse(NegatedQuestion.negated(t, EN, indexOf(t, "Asked")));
  }

  @Test
  void declinedToSayWhatReportsNothing() {
    assertNoQuote("A spokeswoman declined to say what the repairs would cost.");
  }

  @Test
  void notSayingWhetherThatThingHoldsReportsNothing() {
    assertNoQuote("The treasurer did not say whether that money is in next year's budget.");
  }

  @Test
  void theNegatedQuestionRuleNeedsBothTheNegationAndTheQuestionWord() {
    AnnotatedText at = QuotesOf.annotate("She did not say whether it would rain. She said whether it rains is unclear.");
    List<Token> t = at.tokens();
    int firstSay = indexOf(t, "say");
    assertTrue(NegatedQuestion.test(t, EN, firstSay, firstSay + 1));
    int said = indexOf(t, "said");
    assertFalse(NegatedQuestion.test(t, EN, said, said + 1), "no negation before 'said'");
  }

  @Test
  void pleadedGuiltyIsNoSpeech() {
    assertNoQuote("Three men pleaded guilty to fraud charges on Monday in federal court.");
  }

  @Test
  void pointedToIsNoSpeech() {
    assertNoQuote("The mayor pointed to the new budget as proof that taxes would fall.");
  }

  @Test
  void aCueInsideACorrelativeComparativeReportsNothing() {
    assertNoQuote("The longer the talks go on, the more voters say they are tired of them.");
  }

  @Test
  void aCueAfterACorrelativeComparativeStillAttributesIt() {
    QuotesOf a = QuotesOf.text("The longer the strike lasts, the bigger the losses will be, the union said.");
    Quote q = a.containing("the bigger the losses");
    assertEquals("the union", q.speaker().mention().text(), a::describe);
  }

  @Test
  void theComparativeRuleRecognisesTheOpeningOfEachClause() {
    AnnotatedText at = QuotesOf.annotate("The more people learn, the less they like it.");
    List<Token> t = at.tokens();
    assertTrue(CorrelativeComparative.opensComparative(t, 0, t.size()));
    assertTrue(CorrelativeComparative.covers(t, at.sentences().get(0), indexOf(t, "learn")));
  }

  @Test
  void aFrontedAdverbialClauseIsNotWhatWasSaid() {
    QuotesOf a = QuotesOf.text("When they discuss the budget at home, she worries that nobody listens.");
    assertTrue(a.allContaining("When they discuss").isEmpty(), a::describe);
  }

  @Test
  void aConditionalWithItsMainClauseBeforeHeSaidStays() {
    QuotesOf a = QuotesOf.text("If the levy fails, the library will close, he said.");
    assertEquals(1, a.allContaining("the library will close").size(), a::describe);
  }

  @Test
  void theFrontedAdverbialRuleTakesOnlyALoneClause() {
    AnnotatedText at = QuotesOf.annotate("When they met, the deal was signed.");
    List<Token> t = at.tokens();
    int comma = indexOf(t, ",");
    assertTrue(FrontedAdverbial.test(t, EN, 0, comma));
    assertFalse(FrontedAdverbial.test(t, EN, 0, t.size() - 1), "a main clause follows the comma");
  }

  @Test
  void aPhotoCaptionHoldsNoQuote() {
    QuotesOf a = QuotesOf.text("(Photo: Maria Lopez says cheese/Reuters) The harbour reopened on Monday.");
    assertTrue(a.quotes().isEmpty(), a::describe);
  }

  @Test
  void aReadMoreTeaserHoldsNoQuote() {
    assertNoQuote("READ MORE: Mayor says the city budget is balanced for the first time");
  }

  @Test
  void aTeaserDoesNotStopTheNextParagraph() {
    QuotesOf a = QuotesOf.text("RELATED: Mayor says budget is balanced\n\nThe mayor said the budget was balanced for the first time.");
    assertEquals(1, a.reported().size(), a::describe);
  }

  @Test
  void theBoilerplateRuleCoversOnlyTheCaptionParenthesis() {
    AnnotatedText at = QuotesOf.annotate("(Photo: Ana Reyes/AP) The mayor spoke.");
    Boilerplate b = new Boilerplate(at, EN);
    assertTrue(b.covers(3));
    assertFalse(b.covers(at.text().indexOf("mayor")));
  }

  @Test
  void putItLiterallyIsNoCue() {
    assertNoQuote("He put it on the table and left the room without a word.");
  }

  @Test
  void asHePutItIsACue() {
    QuotesOf a = QuotesOf.text("\"It is a disaster for the town,\" as one fisherman put it.");
    assertEquals("put it", a.marked("disaster").cue().text(), a::describe);
  }

  @Test
  void theLiteralPutItRuleWantsAsBeforeTheSpeaker() {
    List<Token> t = QuotesOf.annotate("As the former governor put it, we lost.").tokens();
    assertTrue(LiteralPutIt.isAttribution(t, indexOf(t, "put")));
    List<Token> u = QuotesOf.annotate("She put it away.").tokens();
    assertFalse(LiteralPutIt.isAttribution(u, indexOf(u, "put")));
  }

  @Test
  void aDayAfterSaidIsNeverTheSpeaker() {
    QuotesOf a = QuotesOf.text("\"We are ready for the vote,\" said Sunday the chairman of the board.");
    assertEquals("the chairman of the board", a.marked("ready").speaker().mention().text(), a::describe);
  }

  @Test
  void theWordsAfterAColonAreTheQuoteNotASecondReportedSpeech() {
    QuotesOf a = QuotesOf.text("The group said: \"We will not stop until the river is clean.\"");
    assertEquals(1, a.quotes().size(), a::describe);
    assertEquals("The group", a.marked("river").speaker().mention().text());
  }

  @Test
  void statesAfterANumeralAreTheNounNotTheVerb() {
    assertNoQuote("The senator won 22 states, raising more money than any rival in the party's history.");
  }

  @Test
  void aDocumentThatStatesStillReports() {
    QuotesOf a = QuotesOf.text("The ruling states that courts should not change election rules close to a vote.");
    assertEquals("The ruling", a.containing("courts should not").speaker().mention().text(), a::describe);
  }

  @Test
  void thePluralNounReadingNeedsANumeralAnAdjectiveOrAnArticleBefore() {
    List<Token> t = QuotesOf.annotate("Voters in nine states went to the polls.").tokens();
    assertTrue(PluralNounReading.at(t, indexOf(t, "states"), EN));
    List<Token> u = QuotesOf.annotate("This states that the rule holds.").tokens();
    assertFalse(PluralNounReading.at(u, indexOf(u, "states"), EN));
  }

  @Test
  void aNumberedSectionThatStatesStillReports() {
    QuotesOf a = QuotesOf.text("Section 3 states that no council may raise the levy without a vote.");
    assertEquals("Section 3", a.containing("no council may").speaker().mention().text(), a::describe);
  }
}
