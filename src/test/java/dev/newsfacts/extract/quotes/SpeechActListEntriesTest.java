package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** Speech acts and stances the word lists name besides "say": congratulating, recommending, reminding, making clear, agreeing, embracing, preferring. */
class SpeechActListEntriesTest {
  @Test
  void whomSomeoneCongratulatesIsWhatTheyAttribute() {
    QuotesOf a = QuotesOf.text("Premier Dana Holt congratulated the Halifax Thunder on their league title.\n");
    Quote q = a.containing("the Halifax Thunder");
    assertEquals("Premier Dana Holt", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aRecommendedMeasureIsTheRecommendersContent() {
    QuotesOf a = QuotesOf.text("The coroner recommended a lower speed limit on the rural highway.\n");
    Quote q = a.containing("a lower speed limit");
    assertEquals("The coroner", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aClauseAfterRemindingTheAudienceIsReported() {
    QuotesOf a = QuotesOf.text("The mayor reminded residents on Friday that the old bridge would close for repairs in May.\n");
    Quote q = a.containing("the old bridge would close");
    assertEquals("The mayor", q.speaker().mention().text(), a::describe);
  }

  @Test
  void whatSomeoneMadeClearIsReported() {
    QuotesOf a = QuotesOf.text("The fire chief made clear that the station would not close this winter.\n");
    Quote q = a.containing("the station would not close");
    assertEquals("The fire chief", q.speaker().mention().text(), a::describe);
  }

  @Test
  void whatSomeoneWasTalkingAboutIsTheirContent() {
    QuotesOf a = QuotesOf.text("Coach Ray Tam spent the evening talking about the team's playoff chances.\n");
    Quote q = a.containing("the team's playoff chances");
    assertEquals(ReportedSpeech.SPEECH_ACT_OBJECT, q.speaker().rule(), a::describe);
  }

  @Test
  void theViewSomeoneAgreedWithIsTheirContent() {
    QuotesOf a = QuotesOf.text("The trustee agreed with the principal's plan for shorter lunch breaks.\n");
    Quote q = a.containing("the principal's plan");
    assertEquals("The trustee", q.speaker().mention().text(), a::describe);
  }

  @Test
  void anEmbracedProposalIsTheStanceOfWhoEmbracedIt() {
    QuotesOf a = QuotesOf.text("The chamber of commerce embraced the proposal for a downtown transit hub.\n");
    Quote q = a.containing("the proposal for a downtown transit hub");
    assertEquals("The chamber of commerce", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aPreferredCandidateIsTheContentOfThePreference() {
    QuotesOf a = QuotesOf.text("Most rural voters preferred Councillor Tom Reid in the spring survey.\n");
    Quote q = a.containing("Tom Reid");
    assertEquals("Most rural voters", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aDownplayedRiskIsWhatTheOfficialSaidLittleOf() {
    QuotesOf a = QuotesOf.text("The health minister downplayed the risk of a second outbreak this winter.\n");
    Quote q = a.containing("the risk of a second outbreak");
    assertEquals("The health minister", q.speaker().mention().text(), a::describe);
  }

  @Test
  void criticismShruggedOffIsTheContentOfTheReply() {
    QuotesOf a = QuotesOf.text("Coach Ray Tam shrugged off the criticism of his young goaltender.\n");
    Quote q = a.containing("the criticism of his young goaltender");
    assertEquals("Coach Ray Tam", q.speaker().mention().text(), a::describe);
  }
}
