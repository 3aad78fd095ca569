package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** "according to X" in the shapes the tagger or the punctuation make harder to read. */
class AccordingToVariantsTest {
  @Test
  void aBarePluralSourceOpeningTheSentenceStillAttributes() {
    QuotesOf a = QuotesOf.text("According to court records, the ferry operator paid the fines in full last spring.\n");
    Quote q = a.containing("the ferry operator paid the fines");
    assertEquals("court records", q.speaker().mention().text(), a::describe);
    assertEquals(ReportedSpeech.ACCORDING_TO_LEADING, q.speaker().rule(), a::describe);
  }

  @Test
  void aFigureStandsInForAVerbTheTaggerMissedAfterALeadingPhrase() {
    QuotesOf a = QuotesOf.text(
        "According to the same survey, approval among rural voters fell in May from 61 percent to 48 percent.\n");
    Quote q = a.containing("approval among rural voters");
    assertEquals("the same survey", q.speaker().mention().text(), a::describe);
    assertTrue(q.text().endsWith("48 percent"), a::describe);
  }

  @Test
  void aPhraseSetOffByADashAttributesTheClauseBeforeIt() {
    QuotesOf a = QuotesOf.text(
        "Last year the county recorded 212 burglaries — most of them in empty holiday homes — according to the sheriff's office.\n");
    Quote q = a.containing("the county recorded 212 burglaries");
    assertEquals(ReportedSpeech.ACCORDING_TO_TRAILING, q.speaker().rule(), a::describe);
    assertTrue(q.text().endsWith("holiday homes"), a::describe);
  }

  @Test
  void anAsideSplittingItsClauseAttributesTheWholeSentence() {
    QuotesOf a = QuotesOf.text("The airline paid, according to one filing, $48 million last year in landing fees.\n");
    Quote q = a.containing("$48 million last year");
    assertEquals("one filing", q.speaker().mention().text(), a::describe);
    assertTrue(q.text().startsWith("The airline paid"), a::describe);
  }

  @Test
  void aSourceWithAParticipleClosingTheSentenceAttributesWhatCameBefore() {
    QuotesOf a = QuotesOf.text(
        "The mayor now leads her challenger 52 percent to 41 percent according to a city poll released Friday.\n");
    Quote q = a.containing("The mayor now leads her challenger");
    assertEquals(ReportedSpeech.ACCORDING_TO_TRAILING, q.speaker().rule(), a::describe);
    assertTrue(q.text().endsWith("41 percent"), a::describe);
  }
}
