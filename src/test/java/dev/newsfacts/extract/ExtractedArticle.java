package dev.newsfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.newsfacts.Fixtures;
import dev.newsfacts.model.Entity;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.QuoteKind;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.TextSpan;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A fixture article and its (schema-checked) result, with lookups that find quotes by their words
 * and offsets by the words of the text, so tests state what must hold instead of golden numbers.
 */
record ExtractedArticle(String name, String text, ResultDocument doc) {

  static ExtractedArticle of(String fixture) {
    return new ExtractedArticle(fixture, Fixtures.text(fixture), Fixtures.extract(fixture));
  }

  List<Quote> quotes() {
    return doc.quotes();
  }

  /** The one quote in quotation marks (direct or partial) whose text contains {@code words}. */
  Quote marked(String words) {
    return only(q -> q.kind() != QuoteKind.INDIRECT && q.text().contains(words), "a quoted '" + words + "'");
  }

  /** The one reported-speech quote whose text contains {@code words}. */
  Quote reported(String words) {
    return only(q -> q.kind() == QuoteKind.INDIRECT && q.text().contains(words), "reported speech with '" + words + "'");
  }

  List<Quote> overlapping(int start, int end) {
    return quotes().stream().filter(q -> q.start() < end && start < q.end()).toList();
  }

  private Quote only(Predicate<Quote> test, String what) {
    List<Quote> found = quotes().stream().filter(test).toList();
    if (found.size() != 1) fail("expected exactly one quote: " + what + ", found " + found.size() + " in\n" + describe());
    return found.get(0);
  }

  /** Offset of {@code words} in the text, searching from the first occurrence of {@code anchor}. */
  int offsetOf(String words, String anchor) {
    int from = text.indexOf(anchor);
    assertTrue(from >= 0, "fixture " + name + " lacks '" + anchor + "'");
    int at = text.indexOf(words, from);
    assertTrue(at >= 0, "fixture " + name + " lacks '" + words + "' after '" + anchor + "'");
    return at;
  }

  int offsetOf(String words) {
    return offsetOf(words, words);
  }

  /**
   * The speaker mention ends exactly at {@code words} (found from {@code anchor}) and covers it; words before
   * it may belong to the mention (a title: "Councilwoman Grace Romero"), a whole other clause may not.
   */
  void assertMentionNames(Quote q, String words, String anchor) {
    TextSpan m = q.speaker().mention();
    assertNotNull(m, "no speaker mention for '" + q.text() + "'");
    int at = offsetOf(words, anchor);
    assertEquals(at + words.length(), m.end(), "mention " + m + " should end with '" + words + "' at " + at);
    assertTrue(m.start() <= at && at - m.start() <= 40, "mention " + m + " should cover '" + words + "' at " + at);
  }

  Entity entity(String id) {
    return doc.entities().stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + id));
  }

  String describe() {
    return quotes().stream()
        .map(q -> "  " + q.id() + " " + q.kind().wireName() + " [" + q.start() + "," + q.end() + ") '" + q.text()
            + "' <- " + q.speaker())
        .collect(Collectors.joining("\n"));
  }
}
