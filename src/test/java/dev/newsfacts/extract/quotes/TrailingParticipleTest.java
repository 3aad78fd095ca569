package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A participle after the comma that closes a reported clause is what the source did, not what was said. */
class TrailingParticipleTest {

  private static String reportedIn(String text, String words) {
    QuotesOf a = QuotesOf.text(text);
    return a.containing(words).text();
  }

  @Test
  void aParticipleAfterTheClauseEndsWhatWasSaid() {
    assertEquals("the plan would fail",
        reportedIn("Lee said the plan would fail, echoing a memo from his campaign manager.", "the plan would fail"));
  }

  @Test
  void includingAfterTheClauseGoesOnWithIt() {
    assertEquals("several groups backed the bill, including the farmers' union",
        reportedIn("Lee said several groups backed the bill, including the farmers' union.", "several groups"));
  }

  @Test
  void aFrontedParticipleInsideTheClauseStays() {
    assertEquals("looking back, the deal was a mistake",
        reportedIn("Lee said that, looking back, the deal was a mistake.", "the deal was a mistake"));
  }
}
