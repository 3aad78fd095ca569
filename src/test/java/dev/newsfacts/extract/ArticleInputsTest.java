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
import dev.newsfacts.testing.OffsetCheck;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Articles given as JSON objects or HTML pages carry their own date and title; adapters may add one. */
class ArticleInputsTest {
  private static final String BODY = "The harbour board approved a new ferry terminal on Tuesday after months of delay.\\n"
      + "\\\"It is a good day for the island,\\\" board chair Ines Varga said. Work began last month.";

  private static ResultDocument read(String input, InputHints hints) {
    byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
    Outcome o = Fixtures.extractor().extract(new ArticleInput(bytes, SourceRef.local("a.json", bytes.length, null), hints));
    SchemaAssert.assertValidRecord(o.document());
    ResultDocument r = assertInstanceOf(Outcome.Success.class, o, () -> "error: " + o.document()).result();
    OffsetCheck.assertOffsetsValid(r, OffsetCheck.indexedText(r, bytes));
    return r;
  }

  private static ResultDocument read(String input) {
    return read(input, InputHints.NONE);
  }

  private static ErrorCode refused(String input) {
    byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
    Outcome o = Fixtures.extractor().extract(new ArticleInput(bytes, SourceRef.local("a.json", bytes.length, null)));
    SchemaAssert.assertValidRecord(o.document());
    return assertInstanceOf(Outcome.Failure.class, o).error().error().code();
  }

  private static List<String> eventDates(ResultDocument r) {
    return r.facts().stream().filter(f -> f instanceof EventFact).map(f -> ((EventFact) f).date()).toList();
  }

  @Test
  void aSchemaOrgNewsArticleGivesItsBodyTitleAndDate() {
    ResultDocument r = read("{\"@type\": \"NewsArticle\", \"headline\": \"Ferry terminal approved\", "
        + "\"datePublished\": \"2024-03-14T09:30:00-05:00\", \"author\": {\"name\": \"Pat Lee\"}, \"articleBody\": \""
        + BODY + "\"}");
    assertEquals("Ferry terminal approved", r.article().title());
    assertEquals("2024-03-14", r.article().publishedDate());
    assertTrue(r.article().text().startsWith("The harbour board approved"));
    assertTrue(r.article().notes().contains("publishedDate: from JSON datePublished"), r.article().notes().toString());
  }

  @Test
  void relativeDatesResolveAgainstTheDatePublished() {
    ResultDocument r = read("{\"headline\": \"Ferry\", \"datePublished\": \"2024-03-14\", \"articleBody\": \"" + BODY + "\"}");
    assertEquals(List.of("2024-03-12", "2024-02"), eventDates(r));
  }

  @Test
  void aNewsPleaseRecordGivesItsMaintextTitleAndDatePublish() {
    ResultDocument r = read("{\"title\": \"Ferry\", \"date_publish\": \"2024-03-14 09:30:00\", \"language\": \"en\", "
        + "\"authors\": [\"Pat Lee\"], \"url\": \"https://example.org/x\", \"maintext\": \"" + BODY + "\"}");
    assertEquals("Ferry", r.article().title());
    assertEquals("2024-03-14", r.article().publishedDate());
  }

  @Test
  void aDatePublishedThatIsNoDateIsNotedAndNotUsed() {
    ResultDocument r = read("{\"datePublished\": \"last Tuesday\", \"articleBody\": \"" + BODY + "\"}");
    assertNull(r.article().publishedDate());
    assertTrue(eventDates(r).isEmpty(), "no date to resolve 'on Tuesday' against");
    assertTrue(r.article().notes().contains("JSON datePublished \"last Tuesday\" is not a date: ignored"),
        r.article().notes().toString());
  }

  @Test
  void aBodyThatIsNotTextIsUnsupportedContent() {
    assertEquals(ErrorCode.UNSUPPORTED_CONTENT, refused("{\"articleBody\": [\"a\", \"b\"], \"headline\": \"x\"}"));
  }

  @Test
  void aJsonObjectWithoutABodyIsUnsupportedContent() {
    assertEquals(ErrorCode.UNSUPPORTED_CONTENT, refused("{\"headline\": \"Ferry\", \"datePublished\": \"2024-03-14\"}"));
  }

  @Test
  void malformedJsonFailsToDecode() {
    assertEquals(ErrorCode.DECODE_FAILED, refused("{\"headline\": \"Ferry\", \"articleBody\": \"The board"));
  }

  @Test
  void anHtmlPageGivesItsPublishedTimeAndOgTitle() {
    ResultDocument r = read("<!DOCTYPE html><html><head><meta property=\"og:title\" content=\"Ferry terminal approved\">"
        + "<meta property=\"article:published_time\" content=\"2024-03-14T09:30:00Z\"><title>Site | Ferry</title></head>"
        + "<body><article><p>The harbour board approved a new ferry terminal on Tuesday.</p></article></body></html>");
    assertEquals("Ferry terminal approved", r.article().title());
    assertEquals("2024-03-14", r.article().publishedDate());
    assertEquals(List.of("2024-03-12"), eventDates(r));
  }

  @Test
  void anHtmlPageWithAGarbageMetaDateFallsBackToItsJsonLd() {
    ResultDocument r = read("<!DOCTYPE html><html><head><meta property=\"article:published_time\" content=\"TBD\">"
        + "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@graph\": [{\"@type\": "
        + "\"NewsArticle\", \"headline\": \"Ferry\", \"datePublished\": \"2024-03-14\"}]}</script></head>"
        + "<body><article><p>The harbour board approved a new ferry terminal on Tuesday.</p></article></body></html>");
    assertEquals("2024-03-14", r.article().publishedDate());
    assertTrue(r.article().notes().contains("HTML meta article:published_time \"TBD\" is not a date: ignored"),
        r.article().notes().toString());
  }

  @Test
  void anHtmlPageDatesItselfByTheTimeInItsArticleHeader() {
    ResultDocument r = read("<!DOCTYPE html><html><body><article><header><h1>Ferry</h1>"
        + "<time datetime=\"2024-03-14\">March 14</time></header>"
        + "<p>The harbour board approved a new ferry terminal on Tuesday.</p></article></body></html>");
    assertEquals("2024-03-14", r.article().publishedDate());
  }

  @Test
  void theCommandLineDateDatesAnArticleThatCarriesNone() {
    ResultDocument r = read("{\"articleBody\": \"" + BODY + "\"}", InputHints.defaultDate(LocalDate.of(2024, 3, 14)));
    assertEquals("2024-03-14", r.article().publishedDate());
    assertTrue(r.article().notes().contains("publishedDate: from --published-date"), r.article().notes().toString());
  }

  @Test
  void theCommandLineDateGivesWayToTheArticlesOwn() {
    ResultDocument r = read("{\"datePublished\": \"2024-03-14\", \"articleBody\": \"" + BODY + "\"}",
        InputHints.defaultDate(LocalDate.of(2020, 1, 1)));
    assertEquals("2024-03-14", r.article().publishedDate());
  }

  @Test
  void objectMetadataDatesAPlainTextArticle() {
    ResultDocument r = read("The harbour board approved a new ferry terminal on Tuesday after months of delay.",
        InputHints.objectMetadata("2024-03-14", "Ferry terminal approved"));
    assertEquals("2024-03-14", r.article().publishedDate());
    assertEquals("Ferry terminal approved", r.article().title());
  }
}
