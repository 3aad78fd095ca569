package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * A verb that usually takes its object first ("warned voters", "urged Lee") has the quote for its
 * object right after it, so the name that follows is the speaker.
 */
class ObjectFirstCueAfterQuoteTest {

  @Test
  void aWarningVerbRightAfterTheQuoteTakesTheNameAfterItAsSpeaker() {
    QuotesOf a = QuotesOf.text("The council met late on Tuesday.\n\n"
        + "Grace Okafor turned to the transit plan. \u201cThat means a reckless budget is within reach of the job,\u201d warned Grace Okafor.");
    Quote q = a.marked("reckless budget");
    assertEquals("cue-after", q.speaker().rule(), a::describe);
    assertEquals("Grace Okafor", q.speaker().name(), a::describe);
    assertEquals("warned", q.cue().text(), a::describe);
  }

  @Test
  void anUrgingVerbRightAfterTheQuoteTakesTheNameAfterItAsSpeaker() {
    QuotesOf a = QuotesOf.text("The council met late on Tuesday.\n\n"
        + "Reyes spoke last. \u201cVote for the transit plan before the money runs out,\u201d urged Okafor.");
    Quote q = a.marked("Vote for the transit plan");
    assertEquals("cue-after", q.speaker().rule(), a::describe);
    assertEquals("Okafor", q.speaker().mention().text(), a::describe);
  }

  @Test
  void theSameVerbBeforeItsObjectStillLeavesTheObjectSilent() {
    QuotesOf a = QuotesOf.text("The council met late on Tuesday.\n\n"
        + "Mayor Grace Okafor warned Reyes that the budget \u201cwill not survive another vote in March.\u201d");
    Quote q = a.marked("will not survive");
    assertEquals("Grace Okafor", q.speaker().name(), a::describe);
  }
}
