package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** Words between an archive's two-apostrophe marks after a cue are what the cue reports. */
class ArchiveQuoteMarksTest {
  @Test
  void theWordsAfterSaidAndACommaAreReported() {
    QuotesOf a = QuotesOf.text("As Mr. Haldane said, ''At some point the council has to stop studying the bridge and fix it.''");
    Quote q = a.containing("stop studying the bridge");
    assertEquals("archive-quote-after-cue", q.speaker().rule(), a::describe);
    assertEquals("Mr. Haldane", q.speaker().mention().text(), a::describe);
  }

  @Test
  void theReportRunsAcrossSentencesToTheClosingMarks() {
    QuotesOf a = QuotesOf.text("Asked about the vote, Ms. Ortiz said: ''Of course. We wanted it to pass.'' The council met again.");
    assertEquals("Of course. We wanted it to pass", a.containing("Of course").text(), a::describe);
  }

  @Test
  void marksWithoutAClosingPairReportNothingOfTheirOwn() {
    QuotesOf a = QuotesOf.text("Mr. Haldane said, ''At some point the council has to act.\n\nThe bridge closed in May.");
    assertTrue(a.allContaining("The bridge closed").isEmpty(), a::describe);
  }

  @Test
  void theArchiveQuoteIsReportedSpeechNotADirectQuote() {
    QuotesOf a = QuotesOf.text("Mr. Haldane said, ''The bridge will reopen in the spring.''");
    assertEquals(1, a.reported().size(), a::describe);
  }

  @Test
  void aQuoteClosingBeforeTheSourceIsWhatTheSourceSaid() {
    QuotesOf a = QuotesOf.text("''We wanted to keep the course open for the town,'' Martin Ruiz, the city manager, said on Friday.");
    Quote q = a.containing("keep the course open");
    assertEquals("archive-quote-before-cue", q.speaker().rule(), a::describe);
    assertEquals("Martin Ruiz", q.speaker().name(), a::describe);
  }

  @Test
  void aVerbInsideAnArchiveQuoteIsNoCueOfItsOwn() {
    QuotesOf a = QuotesOf.text("''We wanted to keep the course open for the town,'' Martin Ruiz said on Friday.");
    assertEquals(1, a.reported().size(), a::describe);
    assertEquals("Martin Ruiz", a.reported().get(0).speaker().mention().text(), a::describe);
  }

  @Test
  void anInvertedSourceAfterTheQuoteSpeaksItToo() {
    QuotesOf a = QuotesOf.text("''The course has lost money every year since 2009,'' said Martin Ruiz, the city manager.");
    assertEquals("archive-quote-before-cue", a.containing("lost money every year").speaker().rule(), a::describe);
  }

  @Test
  void aQuoteOpeningAfterTheReportGoesOnWithItsSource() {
    QuotesOf a = QuotesOf.text("''The course has lost money every year,'' Martin Ruiz said. ''We could not keep it open.''");
    Quote q = a.containing("could not keep it open");
    assertEquals("archive-quote-continued", q.speaker().rule(), a::describe);
    assertEquals("Martin Ruiz", q.speaker().name(), a::describe);
  }

  @Test
  void aQuoteWithACueOfItsOwnIsNoContinuation() {
    QuotesOf a = QuotesOf.text("''The course has lost money every year,'' Martin Ruiz said. ''We could not keep it open,'' Ana Silva added.");
    assertEquals("Ana Silva", a.containing("could not keep it open").speaker().name(), a::describe);
  }

  @Test
  void aQuoteOfTwoWordsBeforeItsSourceIsStillWhatTheSourceSaid() {
    QuotesOf a = QuotesOf.text("''It's absurd,'' Ms. Okafor said of the new parking rules.");
    assertEquals("It's absurd", a.containing("absurd").text(), a::describe);
    assertEquals("Ms. Okafor", a.containing("absurd").speaker().mention().text(), a::describe);
  }

  @Test
  void aQuoteClosingTheParagraphBeforeIsNotWhatTheNextParagraphsSourceSaid() {
    QuotesOf a = QuotesOf.text("''We are short of staff. That is the whole story now,'' Mr. Park said.\n\n"
        + "Dana Levy, a nurse at the clinic, said the night shifts had been cut in half.");
    assertEquals("Dana Levy", a.containing("night shifts had been cut").speaker().mention().text(), a::describe);
    assertEquals(1, a.allContaining("whole story").size(), a::describe);
  }

  @Test
  void aParticipleAfterTheReportReportsWhatFollowsIt() {
    QuotesOf a = QuotesOf.text("''We will take a far more active role at the company,'' he said, adding that his deputy had joined the board.");
    assertEquals("his deputy had joined the board", a.containing("his deputy").text(), a::describe);
    assertEquals("adding", a.containing("his deputy").cue().text(), a::describe);
  }
}
