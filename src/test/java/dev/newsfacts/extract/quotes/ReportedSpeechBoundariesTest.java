package dev.newsfacts.extract.quotes;

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

/** Where reported speech begins and ends, and who said it, each rule on sentences written for it. */
class ReportedSpeechBoundariesTest {
  @Test
  void aSourceAndCueBetweenCommasAttributeTheWholeSentence() {
    QuotesOf a = QuotesOf.text("The new bridge, the mayor said, will open to traffic in the spring.");
    Quote q = a.containing("will open to traffic");
    assertEquals("The new bridge, the mayor said, will open to traffic in the spring", q.text(), a::describe);
    assertEquals("the mayor", q.speaker().mention().text(), a::describe);
    assertEquals(ReportedSpeech.PARENTHETICAL, q.speaker().rule(), a::describe);
  }

  @Test
  void aFrontedPlaceBeforeTheAsideBelongsToWhatWasSaid() {
    QuotesOf a = QuotesOf.text("In rural counties, Ms. Alvarez said, most clinics have closed since 2019.");
    Quote q = a.containing("most clinics have closed");
    assertTrue(q.text().startsWith("In rural counties"), a::describe);
    assertEquals("Ms. Alvarez", q.speaker().mention().text(), a::describe);
  }

  @Test
  void theAsideRuleWantsNoVerbBeforeAndAClauseAfter() {
    AnnotatedText at = QuotesOf.annotate("The plant, he said, will close. The plant will close, he said, after the vote.");
    List<Token> t = at.tokens();
    int firstComma = indexOf(t, ",");
    int said = indexOf(t, "said");
    assertTrue(Parenthetical.isAside(t, SpeechLexicon.english(), 0, firstComma, said + 2, at.sentences().get(0).endToken()));
    int second = at.sentences().get(1).firstToken();
    int comma2 = second + 4;
    assertEquals(",", t.get(comma2).text());
    assertFalse(Parenthetical.isAside(t, SpeechLexicon.english(), second, comma2, comma2 + 4, at.sentences().get(1).endToken()),
        "a full clause before the cue is what was said, not the start of an aside");
  }

  @Test
  void aLeadClauseBeforeOfficialsSaidStaysTheContent() {
    QuotesOf a = QuotesOf.text("The factory will close next year, officials said Tuesday, after months of talks.");
    Quote q = a.containing("The factory will close");
    assertEquals("The factory will close next year", q.text(), a::describe);
  }

  @Test
  void aConcessiveAsideAfterACommaIsNotPartOfWhatWasSaid() {
    QuotesOf a = QuotesOf.text(
        "The governor said the budget was balanced, despite reports that the state had borrowed heavily.");
    Quote q = a.containing("the budget was balanced");
    assertEquals("the budget was balanced", q.text(), a::describe);
  }

  @Test
  void aParticipleThatAttributesAgainStartsASecondReport() {
    QuotesOf a = QuotesOf.text(
        "Karen Blake said the school would stay open, adding that the district had found the money for it.");
    Quote first = a.containing("the school would stay open");
    assertEquals("the school would stay open", first.text(), a::describe);
    Quote second = a.containing("the district had found the money");
    assertEquals("Karen Blake", second.speaker().mention().text(), a::describe);
    assertEquals("adding", second.cue().text(), a::describe);
  }

  @Test
  void theBoundaryRuleStopsAtTheCommaBeforeTheAside() {
    AnnotatedText at = QuotesOf.annotate("He said prices rose, though wages did not.");
    boolean[] quoted = new boolean[at.tokens().size()];
    ClauseSources sources = new ClauseSources(at, SpeechLexicon.english(), quoted);
    int from = indexOf(at.tokens(), "prices");
    int end = at.tokens().size() - 1;
    assertEquals(indexOf(at.tokens(), ","), ContentBoundary.cut(sources, SpeechLexicon.english(), quoted, from, end));
  }

  @Test
  void anArchiveQuoteInTwoApostrophesIsReportedByTheSourceAfterIt() {
    QuotesOf a = QuotesOf.text("Is there a future for steel here? ''Ask me again next year,'' Mr. Okafor said.");
    Quote q = a.containing("Ask me again next year");
    assertEquals("Mr. Okafor", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aSecondCueVerbOfTheSameSubjectEndsTheFirstReport() {
    QuotesOf a = QuotesOf.text(
        "Sen. Ana Ruiz said the tax plan would cost billions and warned that the deficit would grow.");
    Quote q = a.containing("the tax plan would cost billions");
    assertEquals("the tax plan would cost billions", q.text(), a::describe);
    Quote second = a.containing("the deficit would grow");
    assertEquals("Ana Ruiz", second.speaker().name(), a::describe);
  }

  @Test
  void whoeverIssuedAStatementIsTheSourceOfWhatItSays() {
    QuotesOf a = QuotesOf.text("Party chair Dana Whitfield issued a statement saying the vote had been fair.");
    Quote q = a.containing("the vote had been fair");
    assertEquals("Party chair Dana Whitfield", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aStateAbbreviationInParenthesesDoesNotEndTheSentence() {
    QuotesOf a = QuotesOf.text("Rep. Tom Alder (R-Ky.) said the bridge money would arrive in March.");
    Quote q = a.containing("the bridge money would arrive");
    assertEquals("Tom Alder", q.speaker().name(), a::describe);
  }

  @Test
  void aReportInsideAFrontedClauseEndsWithThatClause() {
    QuotesOf a = QuotesOf.text(
        "While the mayor has said that the budget is sound, the auditor said the city would run short by June.");
    assertEquals("the budget is sound", a.containing("the budget is sound").text(), a::describe);
    Quote second = a.containing("the city would run short");
    assertEquals("the auditor", second.speaker().mention().text(), a::describe);
  }

  @Test
  void aContractedPronounAndVerbCountAsTheClauseVerb() {
    QuotesOf a = QuotesOf.text("The coach said he’s not happy with the new schedule.");
    Quote q = a.containing("not happy with the new schedule");
    assertEquals("The coach", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aCapitalisedWordInsideANameIsNoCue() {
    QuotesOf a = QuotesOf.text("Campaign spokeswoman Hope Ellis said in a statement that the senator would attend.");
    Quote q = a.containing("the senator would attend");
    assertEquals("said", q.cue().text(), a::describe);
    assertEquals("Campaign spokeswoman Hope Ellis", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aTitleCaseHeadlineKeepsItsVerb() {
    QuotesOf a = QuotesOf.text("Mayor Says Budget Will Balance Next Year");
    assertEquals(1, a.reported().size(), a::describe);
    assertEquals("Says", a.reported().get(0).cue().text(), a::describe);
  }

  @Test
  void aTimePhraseBetweenSubjectAndCueIsNotTheSource() {
    QuotesOf a = QuotesOf.text("The city council this week announced that the library would reopen in May.");
    Quote q = a.containing("the library would reopen");
    assertEquals("The city council", q.speaker().mention().text(), a::describe);
  }

  @Test
  void anAdverbBetweenCommasBeforeThatIsNotReported() {
    QuotesOf a = QuotesOf.text("She cautioned, however, that the winter months could bring new waves of infection.");
    assertEquals("the winter months could bring new waves of infection", a.containing("winter months").text(), a::describe);
  }

  @Test
  void aNegatedAuxiliaryWithACurlyApostropheIsTheVerbOfWhatWasSaid() {
    QuotesOf a = QuotesOf.text("Marion County Clerk Dana Voss said that independent voters can\u2019t vote in the primary.");
    assertEquals(1, a.reported().size(), a::describe);
    assertEquals("independent voters can\u2019t vote in the primary", a.reported().get(0).text());
  }

  @Test
  void aComparedNumberAfterSaidOpensWhatWasSaid() {
    QuotesOf a = QuotesOf.text("Aides said more than 1 million donors gave to the campaign.");
    assertEquals("more than 1 million donors gave to the campaign", a.containing("donors gave").text(), a::describe);
  }
}
