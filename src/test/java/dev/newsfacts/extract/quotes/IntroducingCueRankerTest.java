package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** A cue that introduces a quote through a comma or colon owns it over a cue after the closing mark. */
class IntroducingCueRankerTest {
  @Test
  void aShoutIntroducedByItsCueBelongsToTheShouterNotToTheNextSpeaker() {
    QuotesOf a = QuotesOf.text("The mayor took questions at the town hall on Tuesday.\n\n"
        + "When a man near the back shouted, \u201cResign,\u201d Delgado laughed, \u201cNot this year, my friend.\u201d\n");
    Quote q = a.marked("Resign");
    assertEquals("a man near the back", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aReplyIntroducedByAColonBelongsToItsIntroducerInASplitQuote() {
    QuotesOf a = QuotesOf.text("The two campaigns traded jabs online all week.\n\n"
        + "Okonkwo shot back: \u201cAs the only candidate with a budget plan,\u201d he wrote, \u201cI welcome the debate.\u201d\n");
    Quote q = a.marked("As the only candidate");
    assertEquals("Okonkwo", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aCueRightAfterAQuoteWithoutAnIntroducerStillWins() {
    QuotesOf a = QuotesOf.text("The council voted on the new parking plan.\n\n"
        + "\u201cWe listened to every shop owner,\u201d Delgado said after the vote.\n");
    Quote q = a.marked("We listened");
    assertEquals("Delgado", q.speaker().mention().text(), a::describe);
  }
}
