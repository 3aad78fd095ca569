package dev.newsfacts.extract;

import static dev.newsfacts.extract.FixtureArticles.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import dev.newsfacts.model.QuoteKind;
import dev.newsfacts.model.Resolution;
import org.junit.jupiter.api.Test;

/** Reported speech (indirect) and quoted fragments woven into it (partial). */
class ReportedSpeechTest {

  @Test
  void reportsTheClauseAfterXSaidAsIndirectSpeech() {
    ExtractedArticle a = ExtractedArticle.of(STRAIGHT);
    Quote q = a.reported("the first phase would remove about 6 million cubic yards");
    assertEquals("Marcus Delacroix", q.speaker().name());
    assertEquals(Resolution.EXPLICIT, q.speaker().resolution());
    a.assertMentionNames(q, "Delacroix", "Delacroix said the first phase");
    assertEquals("said", q.cue().text());
    assertEquals(a.offsetOf("the first phase"), q.start(), "the content starts after the cue");
  }

  @Test
  void reportsXToldReportersAsIndirectSpeech() {
    ExtractedArticle a = ExtractedArticle.of(TRIAL);
    Quote q = a.reported("closing arguments would begin on Monday");
    assertEquals("Miriam Castellanos", q.speaker().name());
    assertEquals("told", q.cue().text());
  }

  @Test
  void reportsTheClauseAfterAccordingToXAsIndirectSpeech() {
    ExtractedArticle a = ExtractedArticle.of(TRIAL);
    Quote q = a.reported("the network moved at least 2 tons of cocaine");
    assertEquals("Janet Morrow", q.speaker().name());
    a.assertMentionNames(q, "Morrow", "According to Morrow");
    assertEquals("according to", q.cue().text().toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void reportsSheSaidThatWithThePronounAsTheMention() {
    ExtractedArticle a = ExtractedArticle.of(TRIAL);
    Quote q = a.reported("the government had played more than 300 recorded calls");
    assertEquals("Janet Morrow", q.speaker().name());
    assertEquals(Resolution.PRONOUN, q.speaker().resolution());
    a.assertMentionNames(q, "She", "She said that");
    assertEquals(a.offsetOf("the government had played"), q.start(), "'that' is not part of the content");
  }

  @Test
  void reportsAWordSomeoneCalledSomethingAsAPartialQuote() {
    ExtractedArticle a = ExtractedArticle.of(TRIAL);
    Quote q = a.marked("setback");
    assertEquals(QuoteKind.PARTIAL, q.kind());
    assertEquals("setback", q.text());
    assertEquals("Janet Morrow", q.speaker().name());
  }

  @Test
  void reportsAQuotedFragmentInsideReportedSpeechAsAPartialQuote() {
    ExtractedArticle a = ExtractedArticle.of(CURLY);
    Quote q = a.marked("a blank check");
    assertEquals(QuoteKind.PARTIAL, q.kind());
    assertEquals("Derek Haslam", q.speaker().name());
    a.assertMentionNames(q, "He", "He said the overtime");
  }

  @Test
  void reportsAnUnnamedDescribedSourceWithItsDescription() {
    ExtractedArticle a = ExtractedArticle.of(MULTI);
    Quote q = a.reported("will send $45 million in emergency aid");
    assertNull(q.speaker().name());
    assertTrue(q.speaker().description().contains("State Department spokesman"), q.speaker().description());
    a.assertMentionNames(q, "State Department spokesman", "a State Department spokesman said");
  }

  @Test
  void reportsAnOrganisationAfterAccordingTo() {
    ExtractedArticle a = ExtractedArticle.of(MULTI);
    Quote q = a.reported("Rescue crews have reached 112 of the 140 villages");
    assertTrue(q.speaker().mention().text().contains("civil defense agency"), q.speaker().toString());
  }

  @Test
  void leavesTheDatelineOutOfReportedSpeech() {
    ExtractedArticle a = ExtractedArticle.of(MULTI);
    Quote q = a.reported("will send $45 million in emergency aid");
    assertEquals(a.offsetOf("The United States will send"), q.start(), q.text());
  }

  @Test
  void reportsTheLeadClauseBeforeAParentheticalOfficialsSaid() {
    ExtractedArticle a = ExtractedArticle.of(STRAIGHT);
    Quote q = a.reported("will begin dredging the outer shipping channel");
    assertEquals("officials", q.speaker().mention().text());
  }

  @Test
  void reportsTheLeadClauseBeforeAParentheticalTheDepartmentSaid() {
    ExtractedArticle a = ExtractedArticle.of(UNBALANCED);
    Quote q = a.reported("Crews replaced 1,200 feet");
    assertTrue(q.speaker().mention().text().contains("utilities department"), q.speaker().toString());
  }

  @Test
  void leavesTheWordsBeforeThatOutOfToldReportersContent() {
    ExtractedArticle a = ExtractedArticle.of(TRIAL);
    Quote q = a.reported("closing arguments would begin on Monday");
    assertEquals(a.offsetOf("closing arguments"), q.start(), q.text());
  }

  @Test
  void doesNotReportTheSecondPieceOfASplitQuoteAsReportedSpeechToo() {
    ExtractedArticle a = ExtractedArticle.of(STRAIGHT);
    Quote second = a.marked("and the ships are not getting any smaller");
    assertEquals(java.util.List.of(second), a.overlapping(second.start(), second.end()), a.describe());
  }

  @Test
  void reportsXSaidHisClientAsIndirectSpeechOfThatPerson() {
    ExtractedArticle a = ExtractedArticle.of(TRIAL);
    Quote q = a.reported("his client had never set foot in Illinois");
    assertEquals("Paul Brennan", q.speaker().name());
    assertFalse(q.text().startsWith("said"), q.text());
  }

  @Test
  void givesACalledPartialQuoteToThePersonWhoCalledIt() {
    ExtractedArticle a = ExtractedArticle.of(BROADBAND);
    Quote q = a.marked("the biggest investment in rural connectivity");
    assertEquals(QuoteKind.PARTIAL, q.kind());
    assertEquals("Cathal Brennan", q.speaker().name(), a.describe());
    a.assertMentionNames(q, "Cathal Brennan", "Minister Cathal Brennan called");
  }
}
