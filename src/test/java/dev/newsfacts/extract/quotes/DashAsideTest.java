package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.extract.nlp.AnnotatedText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An aside between two dashes stands between a subject and its verb; the subject is before the first dash. */
class DashAsideTest {

  private static String sourceOf(String text, String words) {
    return QuotesOf.text(text).containing(words).speaker().mention().text();
  }

  @Test
  void aRelativeClauseBetweenDashesIsSkipped() {
    assertEquals("The senator",
        sourceOf("The senator — who has long opposed the bill — said the vote was a mistake.", "the vote was a mistake"));
  }

  @Test
  void anIncludingListBetweenDashesIsSkipped() {
    assertEquals("Speakers at the service",
        sourceOf("Speakers at the service — including Muslims and Jews — said the death was painful.", "the death was painful"));
  }

  @Test
  void aDashOfADatelineOpensNoAside() {
    AnnotatedText at = QuotesOf.annotate("WASHINGTON — The senator said the vote was a mistake.");
    int said = 4;
    assertEquals("said", at.tokens().get(said).text());
    assertEquals(-1, DashAside.opening(at.tokens(), said - 1, 0));
  }

  @Test
  void aDashInAnEarlierSentenceOpensNoAside() {
    AnnotatedText at = QuotesOf.annotate("It was late — very late. The mayor — tired — spoke.");
    List<Integer> dashes = new ArrayList<>();
    for (int k = 0; k < at.tokens().size(); k++) if (DashAside.isDash(at.tokens().get(k))) dashes.add(k);
    assertEquals(3, dashes.size());
    assertEquals(dashes.get(1), DashAside.opening(at.tokens(), dashes.get(2), 0));
    assertEquals(-1, DashAside.opening(at.tokens(), dashes.get(1), 0));
  }
}
