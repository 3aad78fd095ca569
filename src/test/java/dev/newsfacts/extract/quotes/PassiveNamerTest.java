package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** Words a passive naming gives to someone after "by" are that namer's. */
class PassiveNamerTest {

  @Test
  void aNameGivenBySomeoneAfterByIsTheirs() {
    QuotesOf a = QuotesOf.text("The rezoning plan has been called \u201ca giveaway to developers\u201d by Councillor "
        + "Priya Nandakumar, who voted against it.");
    Quote q = a.marked("giveaway");
    assertEquals("passive-namer", q.speaker().rule(), a::describe);
    assertEquals("Priya Nandakumar", q.speaker().name(), a::describe);
  }

  @Test
  void anArticleAndAsMayStandBeforeTheQuote() {
    QuotesOf a = QuotesOf.text("The inquiry, often labeled as a \u201cwitch hunt\u201d by opposition lawmakers, "
        + "resumes on Monday.");
    Quote q = a.marked("witch hunt");
    assertEquals("opposition lawmakers", q.speaker().mention().text(), a::describe);
  }

  @Test
  void byThatDoesNotFollowANamingLeavesTheQuoteToTheCue() {
    QuotesOf a = QuotesOf.text("Mayor Dana Whitlock said the rule was \u201cunfair\u201d by any measure.");
    Quote q = a.marked("unfair");
    assertNotEquals("passive-namer", q.speaker().rule(), a::describe);
  }
}
