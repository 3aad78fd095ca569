package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A dash after a dateline starts what was said; a dash after a lower-case word opens an aside, not a dateline. */
class DatelineDashTest {

  private static String reportedIn(String text) {
    QuotesOf a = QuotesOf.text(text);
    assertEquals(1, a.reported().size(), a::describe);
    return a.reported().get(0).text();
  }

  @Test
  void theWordsAfterADatelineAreWhatWasSaid() {
    assertEquals("The bill will pass", reportedIn("WASHINGTON (AP) — The bill will pass, the senator said."));
  }

  @Test
  void anAsideBetweenDashesStaysInWhatWasSaid() {
    assertEquals("The plan — a tax on carbon — would fail",
        reportedIn("The plan — a tax on carbon — would fail, the senator said."));
  }
}
