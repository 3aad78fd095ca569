package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** After a quotation and its cue, words that tell when or how it was said are not reported speech. */
class QuoteTrailerOpenersTest {

  private static int reportedIn(String text) {
    return QuotesOf.text(text).reported().size();
  }

  @Test
  void whatTheSpeakerDidNextIsNotReported() {
    assertEquals(0, reportedIn("“I am backing the governor,” she said and quickly hung up."));
  }

  @Test
  void theMomentAfterTheSayingIsNotReported() {
    assertEquals(0, reportedIn("\"I should hope so,\" Tilton said after the rally in Tampa ended."));
  }

  @Test
  void whileCampaigningIsNotReported() {
    assertEquals(0, reportedIn("\"We will win this state,\" the senator said while campaigning in Iowa on Tuesday."));
  }

  @Test
  void withoutAQuotationBeforeTheCueAfterStillReports() {
    assertEquals(1, reportedIn("The senator said after the vote that the bill would pass."));
  }
}
