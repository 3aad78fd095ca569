package dev.newsfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.Fixtures;
import dev.newsfacts.SchemaAssert;
import dev.newsfacts.model.ErrorCode;
import dev.newsfacts.model.EventFact;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dates that are no dates never date an article silently: relative dates then stay unresolved, or
 * resolve against a date the run gave, and the notes say which.
 */
class BadDatesTest {
  private static final String BODY = "The harbour board approved a new ferry terminal on Tuesday after months of delay.";

  private static Outcome extract(String input, InputHints hints) {
    byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
    Outcome o = Fixtures.extractor().extract(new ArticleInput(bytes, SourceRef.local("a.json", bytes.length, null), hints));
    SchemaAssert.assertValidRecord(o.document());
    return o;
  }

  private static ResultDocument read(String input, InputHints hints) {
    Outcome o = extract(input, hints);
    return assertInstanceOf(Outcome.Success.class, o, () -> "error: " + o.document()).result();
  }

  private static List<String> eventDates(ResultDocument r) {
    return r.facts().stream().filter(f -> f instanceof EventFact).map(f -> ((EventFact) f).date()).toList();
  }

  @Test
  void aDatePublishedOnADayNoCalendarHasIsNotUsed() {
    ResultDocument r = read("{\"datePublished\": \"2023-02-30\", \"articleBody\": \"" + BODY + "\"}", InputHints.NONE);
    assertNull(r.article().publishedDate());
    assertTrue(eventDates(r).isEmpty(), eventDates(r).toString());
    assertTrue(r.article().notes().stream().anyMatch(n -> n.contains("2023-02-30")), r.article().notes().toString());
  }

  @Test
  void aGarbageDatePublishedGivesWayToTheCommandLineDateAndBothAreNoted() {
    ResultDocument r = read("{\"datePublished\": \"soon\", \"articleBody\": \"" + BODY + "\"}",
        InputHints.defaultDate(LocalDate.of(2025, 6, 5)));
    assertEquals("2025-06-05", r.article().publishedDate());
    assertEquals(List.of("2025-06-03"), eventDates(r));
    assertTrue(r.article().notes().stream().anyMatch(n -> n.contains("\"soon\" is not a date")), r.article().notes().toString());
    assertTrue(r.article().notes().stream().anyMatch(n -> n.contains("--published-date")), r.article().notes().toString());
  }

  @Test
  void anHtmlMetaDateThatIsNoDateResolvesNothing() {
    ResultDocument r = read("<html><head><meta property=\"article:published_time\" content=\"next Tuesday-ish\">"
        + "</head><body><p>" + BODY + "</p></body></html>", InputHints.NONE);
    assertNull(r.article().publishedDate());
    assertTrue(eventDates(r).isEmpty(), eventDates(r).toString());
  }

  @Test
  void aJsonBodyThatIsABooleanIsUnsupportedContentNotACrash() {
    Outcome o = extract("{\"articleBody\": true, \"datePublished\": \"2025-06-05\"}", InputHints.NONE);
    assertEquals(ErrorCode.UNSUPPORTED_CONTENT, assertInstanceOf(Outcome.Failure.class, o).error().error().code());
  }

  @Test
  void aJsonArticleCutOffMidwayIsADecodeFailure() {
    Outcome o = extract("{\"datePublished\": \"2025-06-05\", \"articleBody\": \"The harbour", InputHints.NONE);
    assertEquals(ErrorCode.DECODE_FAILED, assertInstanceOf(Outcome.Failure.class, o).error().error().code());
  }
}
