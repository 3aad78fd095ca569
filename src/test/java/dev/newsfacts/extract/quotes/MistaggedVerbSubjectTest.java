package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A noun the tagger read as a verb right before the cue still ends the subject ("The billionaire magnate says"). */
class MistaggedVerbSubjectTest {

  @Test
  void aNounTaggedAsAVerbBeforeTheCueIsTheSubject() {
    QuotesOf a = QuotesOf.text("The billionaire magnate says the game has become soft.");
    assertEquals("The billionaire magnate", a.containing("the game has become soft").speaker().mention().text(), a::describe);
  }

  @Test
  void anIrregularPastVerbBeforeTheCueIsNoSubject() {
    QuotesOf a = QuotesOf.text("Before the committee meeting began, he said the party would \"fight for every vote.\"");
    assertEquals("he", a.marked("fight for every vote").speaker().mention().text(), a::describe);
  }
}
