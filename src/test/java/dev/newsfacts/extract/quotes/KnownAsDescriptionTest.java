package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "known as", "known for" and "known to" give a description, subject and complement, that no one is named for. */
class KnownAsDescriptionTest {
  @Test
  void aNameAfterKnownAsIsDescribedWithTheNounBeforeIt() {
    QuotesOf a = QuotesOf.text("Ferries stop twice a day at the chain of islets known as the Sister Rocks.\n");
    Quote q = description(a, "the Sister Rocks");
    assertTrue(q.text().contains("the chain of islets"), a::describe);
  }

  @Test
  void knownForGivesTheSubjectsReputation() {
    QuotesOf a = QuotesOf.text("The new coach is known for benching stars who skip practice.\n");
    Quote q = description(a, "benching stars");
    assertEquals("known", q.cue().text(), a::describe);
  }

  @Test
  void knownToBeforeAVerbHasNoSpeaker() {
    QuotesOf a = QuotesOf.text("The senator's aides were known to leave the office well after midnight.\n");
    Quote q = description(a, "to leave the office");
    assertNull(q.speaker().mention(), a::describe);
  }

  @Test
  void havingKnownSomeoneIsNoDescription() {
    QuotesOf a = QuotesOf.text("The mayor had known the fire chief for twenty years before the inquiry.\n");
    assertTrue(a.allContaining("for twenty years").isEmpty(), a::describe);
  }

  private static Quote description(QuotesOf a, String words) {
    List<Quote> found = a.allContaining(words).stream()
        .filter(q -> q.speaker() != null && KnownAsDescription.RULE.equals(q.speaker().rule())).toList();
    assertEquals(1, found.size(), a::describe);
    return found.get(0);
  }
}
