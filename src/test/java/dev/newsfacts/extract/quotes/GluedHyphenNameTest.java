package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** A hyphenated name the tokenizer split ("Coca" "-Cola") is still the source of what its cue reports. */
class GluedHyphenNameTest {

  @Test
  void aHyphenatedCompanyNameIsTheSource() {
    QuotesOf q = QuotesOf.text("Coca-Cola said the bottling plant would close next year.");
    assertEquals("Coca-Cola", q.containing("the bottling plant would close").speaker().mention().text(), q::describe);
  }

  @Test
  void aHyphenatedSurnameAfterAGivenNameIsTheSource() {
    QuotesOf q = QuotesOf.text("Council Speaker Melissa Mark-Viverito said the council would vote on Monday.");
    assertEquals("Council Speaker Melissa Mark-Viverito",
        q.containing("the council would vote").speaker().mention().text(), q::describe);
  }

  @Test
  void aSpacedDashIsNoGluedPiece() {
    assertFalse(GluedHyphenName.isGluedPiece(QuotesOf.annotate("Lee -Smith said it.").tokens(), 1));
  }
}
