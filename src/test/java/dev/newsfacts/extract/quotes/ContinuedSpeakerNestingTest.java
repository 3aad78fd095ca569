package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** A report nested in someone's reported words does not take over the quotation that continues them. */
class ContinuedSpeakerNestingTest {

  @Test
  void aNestedReportOfUnnamedCriticsLeavesTheReporterSpeaking() {
    QuotesOf a = QuotesOf.text("Port director Helen Ashby spoke to the board on Monday.\n\n"
        + "Ashby said that for years some skeptics had been predicting the terminal would close, but it would not.\n\n"
        + "\u201cThat is because the terminal now handles a third of the province's grain.\u201d");
    Quote q = a.marked("third of the province");
    assertEquals("Helen Ashby", q.speaker().name(), a::describe);
  }
}
