package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/** "be" before a present participle is the progressive, not a passive whose subject is spoken about. */
class ProgressiveCueTest {
  @Test
  void aProgressivePledgeReportsTheInfinitive() {
    QuotesOf a = QuotesOf.text("The senator is pledging to take her fight to the convention floor.");
    Quote q = a.containing("to take her fight");
    assertEquals("The senator", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aProgressiveUrgeReportsItsInfinitive() {
    QuotesOf a = QuotesOf.text("Health officials were urging parents to book flu shots before the holidays.");
    assertEquals(1, a.allContaining("to book flu shots").size(), a::describe);
  }

  @Test
  void talkingToSomeoneReportsNoWords() {
    QuotesOf a = QuotesOf.text("Asked whether other members were talking to her party, the leader smiled.");
    assertTrue(a.allContaining("her party").isEmpty(), a::describe);
  }

  @Test
  void aPassiveStanceVerbStillReportsNothing() {
    QuotesOf a = QuotesOf.text("The commission is expected to report on the crash next spring.");
    assertTrue(a.allContaining("to report").isEmpty(), a::describe);
  }
}
