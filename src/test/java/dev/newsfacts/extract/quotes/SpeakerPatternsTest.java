package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** Who said it, for the news patterns that named the wrong speaker or none. */
class SpeakerPatternsTest {

  @Test
  void namesThePersonAfterAnInvertedLowerCaseTitle() {
    QuotesOf a = QuotesOf.text("\"The bridge is unsafe and must close,\" said police Chief Ana Reyes.");
    assertEquals("Ana Reyes", a.marked("bridge").speaker().name(), a::describe);
  }

  @Test
  void namesThePersonAfterSaidBoardMember() {
    QuotesOf a = QuotesOf.text("\"The vote was rigged,\" said board member Ruth Adler.");
    Quote q = a.marked("rigged");
    assertEquals("Ruth Adler", q.speaker().name(), a::describe);
    assertEquals("board member Ruth Adler", q.speaker().mention().text());
  }

  @Test
  void namesTheNameNotTheTitleInAChainOfAppositives() {
    QuotesOf a = QuotesOf.text("Paul Okafor, Minister of Industry, Trade and Investment, said the plant would reopen in May.");
    assertEquals("Paul Okafor", a.containing("the plant would reopen").speaker().name(), a::describe);
  }

  @Test
  void namesThePersonInAppositionAfterADescriptionEndingInAnOrganisation() {
    QuotesOf a = QuotesOf.text("A spokesperson for the Ministry of Health, Bianca Fernandes, said the province had hired"
        + " 2,500 workers this year.");
    Quote q = a.containing("had hired");
    assertEquals("Bianca Fernandes", q.speaker().name(), a::describe);
    assertEquals("A spokesperson for the Ministry of Health, Bianca Fernandes", q.speaker().mention().text());
  }

  @Test
  void namesAPremierWithoutTheTitle() {
    QuotesOf a = QuotesOf.text("Premier Doug Ford told reporters on Monday that the new beds would open in 2027.");
    assertEquals("Doug Ford", a.containing("new beds").speaker().name(), a::describe);
  }

  @Test
  void namesTheSenderOfAStatementAfterAccordingTo() {
    QuotesOf a = QuotesOf.text("According to a statement from the RCMP, two people were arrested in connection with the fraud.");
    Quote q = a.containing("two people were arrested");
    assertEquals("RCMP", q.speaker().name(), a::describe);
    assertEquals("a statement from the RCMP", q.speaker().mention().text());
  }

  @Test
  void namesACouncillorWithAnAbbreviatedTitle() {
    QuotesOf a = QuotesOf.text("Coun. Tim Outhit, who voted against the levy, said homeowners were already stretched.");
    assertEquals("Tim Outhit", a.containing("homeowners").speaker().name(), a::describe);
  }

  @Test
  void addingAQuantityIsNotSpeech() {
    QuotesOf a = QuotesOf.text("Ontario will add 3,000 long-term care beds by 2027, Premier Doug Ford told reporters on Monday.");
    Quote q = a.containing("3,000");
    assertEquals("Doug Ford", q.speaker().name(), a::describe);
    assertEquals("Ontario will add 3,000 long-term care beds by 2027", q.text());
  }

  @Test
  void namesThePartnerNotThePossessorAfterSays() {
    QuotesOf a = QuotesOf.text("\"We never expected this,\" says Martin's partner, Joe Lee.");
    Quote q = a.marked("never expected");
    assertEquals("Joe Lee", q.speaker().name(), a::describe);
    assertEquals("Martin's partner, Joe Lee", q.speaker().mention().text());
  }

  @Test
  void namesThePartnerNotThePossessorBeforeSaid() {
    QuotesOf a = QuotesOf.text("Martin's partner, Joe Lee, said the family never expected the verdict.");
    assertEquals("Joe Lee", a.containing("never expected").speaker().name(), a::describe);
  }

  @Test
  void describesAPossessedRoleWithoutNamingThePossessor() {
    QuotesOf a = QuotesOf.text("Martin Cole lost the case. \"It was unfair,\" said Cole's lawyer.");
    Quote q = a.marked("unfair");
    assertNull(q.speaker().name(), a::describe);
    assertEquals("Cole's lawyer", q.speaker().description());
  }

  @Test
  void splitsCoordinatedClausesWithTheirOwnSources() {
    QuotesOf a = QuotesOf.text("The senator says the system is rigged, and his supporters argue that the polls are wrong.");
    assertEquals("The senator", a.containing("the system is rigged").speaker().mention().text(), a::describe);
    assertEquals("his supporters", a.containing("the polls are wrong").speaker().mention().text(), a::describe);
  }

  @Test
  void attributesALongSentenceToAccordingToAtItsEnd() {
    QuotesOf a = QuotesOf.text("The company lost more than $2 billion last year as sales of its trucks fell in every region"
        + " it serves, according to a report released Tuesday by the state auditor.");
    Quote q = a.containing("lost more than");
    assertEquals("according-to-trailing", q.speaker().rule(), a::describe);
  }

  @Test
  void attributesAFigureBeforeATrailingAccordingToWhenTheTaggerMissesTheVerb() {
    QuotesOf a = QuotesOf.text("Heart disease kills about 17.9 million people worldwide each year, according to the"
        + " World Health Organization.");
    assertEquals("World Health Organization", a.containing("17.9 million").speaker().name(), a::describe);
  }

  @Test
  void attributesASentenceEndingInAccordingToWithoutAComma() {
    QuotesOf a = QuotesOf.text("Sales rose 5 percent in March from a year earlier according to the trade association.");
    assertEquals("the trade association", a.containing("Sales rose").speaker().mention().text(), a::describe);
  }

  @Test
  void attributesAQuoteIntroducedByAColon() {
    QuotesOf a = QuotesOf.text("The tenants' group said: \"We will not pay until the heating works.\"");
    assertEquals("cue-before", a.marked("heating").speaker().rule(), a::describe);
  }

  @Test
  void attributesAQuoteToAMannerVerb() {
    QuotesOf a = QuotesOf.text("Maria Alvarez shook her head. \"I never saw it coming,\" she laughed.");
    Quote q = a.marked("never saw");
    assertEquals("laughed", q.cue().text(), a::describe);
    assertEquals("Maria Alvarez", q.speaker().name());
  }

  @Test
  void aMannerVerbReportsNoSpeechOnItsOwn() {
    QuotesOf a = QuotesOf.text("The crowd laughed that the speaker had lost his notes.");
    assertEquals(0, a.reported().size(), a::describe);
  }

  @Test
  void attributesWasQuotedAsSaying() {
    QuotesOf a = QuotesOf.text("Ruth Adler was quoted as saying the school would close in June.");
    Quote q = a.containing("the school would close");
    assertEquals("Ruth Adler", q.speaker().name(), a::describe);
    assertEquals("quoted as saying", q.cue().text());
  }

  @Test
  void neverGivesHeSaidToTheBylineName() {
    QuotesOf a = QuotesOf.text("By John Smith\n\nThe council met on Monday. \"We have no money,\" he said.");
    assertNull(a.marked("no money").speaker().name(), a::describe);
  }

  @Test
  void namesTheDescriptionOfSomeoneIntroducedWithThatRole() {
    QuotesOf a = QuotesOf.text("Republican nominee Donald Trump spoke in Ohio on Monday. \"We will win this state,\" the nominee said.");
    Quote q = a.marked("win this state");
    assertEquals("Donald Trump", q.speaker().name(), a::describe);
    assertEquals("the nominee", q.speaker().description());
  }

  @Test
  void namesTheDescriptionOfSomeoneGivenTheRoleInAnAppositive() {
    QuotesOf a = QuotesOf.text("Linda Morales, the police chief, met residents on Monday. \"The bridge stays shut,\" the chief said.");
    assertEquals("Linda Morales", a.marked("bridge stays shut").speaker().name(), a::describe);
  }

  @Test
  void keepsADescriptionNobodyWasIntroducedWithUnnamed() {
    QuotesOf a = QuotesOf.text("Ana Reyes met residents on Monday. \"The bridge stays shut,\" the spokesman said.");
    Quote q = a.marked("bridge stays shut");
    assertNull(q.speaker().name(), a::describe);
    assertEquals("the spokesman", q.speaker().description());
  }
}
