package dev.newsfacts.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Entity;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.TextSpan;
import java.nio.charset.StandardCharsets;

/** The offset contract: every span lies inside the article text and its text is exactly the text there. */
public final class OffsetCheck {
  private OffsetCheck() {}

  /**
   * The text a result's offsets index: {@code article.text} when the result carries it,
   * else the input bytes as UTF-8 with a leading BOM dropped (contract, "Offsets").
   */
  public static String indexedText(ResultDocument r, byte[] input) {
    if (r.article().text() != null) return r.article().text();
    int from = input.length >= 3 && (input[0] & 0xFF) == 0xEF && (input[1] & 0xFF) == 0xBB
        && (input[2] & 0xFF) == 0xBF ? 3 : 0;
    return new String(input, from, input.length - from, StandardCharsets.UTF_8);
  }

  public static void assertOffsetsValid(ResultDocument r, String text) {
    for (Quote q : r.quotes()) {
      assertSpan(text, q.start(), q.end(), q.text(), "quote " + q.id());
      if (q.speaker() != null && q.speaker().mention() != null) assertSpan(text, q.speaker().mention(), q.id() + " speaker");
      if (q.cue() != null) assertSpan(text, q.cue(), q.id() + " cue");
    }
    for (Entity e : r.entities()) {
      for (TextSpan m : e.mentions()) assertSpan(text, m, "entity " + e.id());
    }
  }

  private static void assertSpan(String text, TextSpan s, String what) {
    assertSpan(text, s.start(), s.end(), s.text(), what);
  }

  private static void assertSpan(String text, int start, int end, String expected, String what) {
    assertTrue(0 <= start && start <= end && end <= text.length(),
        () -> what + " [" + start + "," + end + ") outside the text of " + text.length() + " chars");
    assertEquals(text.substring(start, end), expected, () -> what + " text differs from the text at its offsets");
    assertFalse(start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start))
        && Character.isHighSurrogate(text.charAt(start - 1)), () -> what + " starts inside a surrogate pair");
    assertFalse(end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end))
        && Character.isHighSurrogate(text.charAt(end - 1)), () -> what + " ends inside a surrogate pair");
  }
}
