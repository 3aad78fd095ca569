package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A noun of speech with "that" reports the words after it, for the one who owns the claim. */
class ClaimNounTest {
  @Test
  void aPossessorOwnsTheClaimThatFollowsIt() {
    QuotesOf a = QuotesOf.text("Voters in the county rejected Mayor Dana Whitley's claim that the new bridge would pay for itself.\n");
    Quote q = claim(a, "the new bridge would pay");
    assertEquals("Mayor Dana Whitley's", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aPossessivePronounIsTheSource() {
    QuotesOf a = QuotesOf.text("Critics mocked his assertion that the tunnel will open before the election next spring.\n");
    Quote q = claim(a, "the tunnel will open");
    assertEquals("his", q.speaker().mention().text(), a::describe);
  }

  @Test
  void theSubjectOfMadeOwnsTheSuggestion() {
    QuotesOf a = QuotesOf.text("At the hearing, Senator Ruth Calloway made the suggestion that the agency should be split in two.\n");
    Quote q = claim(a, "the agency should be split");
    assertTrue(q.speaker().mention().text().endsWith("Ruth Calloway"), a::describe);
  }

  @Test
  void theVerbBeforeTheClaimReportsTheClaimItself() {
    QuotesOf a = QuotesOf.text("Critics mocked his assertion that the tunnel will open before the election next spring.\n");
    Quote outer = a.reported().stream().filter(q -> q.text().startsWith("his assertion")).findFirst().orElseThrow();
    assertEquals("Critics", outer.speaker().mention().text(), a::describe);
  }

  @Test
  void aClaimNobodyOwnsIsNotReported() {
    QuotesOf a = QuotesOf.text("Researchers have long doubted the claim that cold weather spreads the virus faster.\n");
    assertTrue(a.allContaining("cold weather spreads").isEmpty(), a::describe);
  }

  private static Quote claim(QuotesOf a, String words) {
    List<Quote> found = a.allContaining(words).stream().filter(q -> ClaimNoun.RULE.equals(q.speaker().rule())).toList();
    assertEquals(1, found.size(), a::describe);
    return found.get(0);
  }
}
