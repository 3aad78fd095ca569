package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A verb of seeming attributes an impression, subject and complement, to no one named. */
class SeemingImpressionTest {
  @Test
  void anInfinitiveAfterSeemsIsAnImpressionWithItsSubject() {
    QuotesOf a = QuotesOf.text("Commuters in the valley seem to care more about bus times than about the new bridge.\n");
    Quote q = impression(a, "to care more about bus times");
    assertTrue(q.text().startsWith("Commuters in the valley"), a::describe);
  }

  @Test
  void anAdjectiveAfterAppearedIsAnImpression() {
    QuotesOf a = QuotesOf.text("The hospital board appeared unmoved by the nurses' petition on Tuesday.\n");
    Quote q = impression(a, "unmoved by the nurses");
    assertEquals("appeared", q.cue().text(), a::describe);
  }

  @Test
  void theImpressionHasNoSpeaker() {
    QuotesOf a = QuotesOf.text("By the third period the visiting team seemed to run out of energy.\n");
    Quote q = impression(a, "to run out of energy");
    assertNull(q.speaker().mention(), a::describe);
  }

  @Test
  void likeAfterSoundsOpensTheImpression() {
    QuotesOf a = QuotesOf.text("To many farmers the new water levy sounds like a tax on rain.\n");
    Quote q = impression(a, "like a tax on rain");
    assertEquals("sounds", q.cue().text(), a::describe);
  }

  @Test
  void appearingSomewhereIsNoImpression() {
    QuotesOf a = QuotesOf.text("The fire chief appeared in court on Monday with two of his deputies.\n");
    assertTrue(a.allContaining("in court").isEmpty(), a::describe);
  }

  private static Quote impression(QuotesOf a, String words) {
    List<Quote> found = a.allContaining(words).stream()
        .filter(q -> q.speaker() != null && SeemingImpression.RULE.equals(q.speaker().rule())).toList();
    assertEquals(1, found.size(), a::describe);
    return found.get(0);
  }
}
