package dev.newsfacts.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.Fixtures;
import dev.newsfacts.SchemaAssert;
import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.model.ArticleInfo;
import dev.newsfacts.model.Attribution;
import dev.newsfacts.model.Counts;
import dev.newsfacts.model.EventFact;
import dev.newsfacts.model.Quantity;
import dev.newsfacts.model.Period;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.QuoteKind;
import dev.newsfacts.model.Resolution;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import dev.newsfacts.model.Speaker;
import dev.newsfacts.model.StatisticFact;
import dev.newsfacts.model.TextSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReviewPageTest {
  private static final ReviewRenderer RENDERER = new ReviewRenderer();
  private static final String SCRIPT_FIXTURE = "council-website-script-tag.txt";

  static byte[] fixture(String name) {
    try (InputStream in = ReviewPageTest.class.getResourceAsStream("/review/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ResultDocument extract(byte[] bytes, String name) {
    Outcome o = Fixtures.extractor().extract(new ArticleInput(bytes, SourceRef.local(name, bytes.length, null)));
    ResultDocument doc = ((Outcome.Success) o).result();
    SchemaAssert.assertValidRecord(doc);
    return doc;
  }

  private static String page(ResultDocument doc, String text) {
    return RENDERER.article(ArticlePages.of(doc, text, "index.html", List.of()));
  }

  private static int count(String haystack, String needle) {
    return haystack.split(Pattern.quote(needle), -1).length - 1;
  }

  @Test
  void showsScriptTagsOfTheArticleAsText() {
    byte[] bytes = fixture(SCRIPT_FIXTURE);
    String html = page(extract(bytes, SCRIPT_FIXTURE), new String(bytes, StandardCharsets.UTF_8));
    assertEquals(1, count(html.toLowerCase(), "<script"), "only the page's own script element");
    assertTrue(html.contains("&lt;script&gt;alert("), "the article's script is shown as text");
    assertTrue(html.contains("We found a &lt;script&gt; tag"), "inside a quote too");
    assertTrue(html.contains("typed &amp; submitted"));
  }

  @Test
  void highlightsEachQuoteWithTheColourOfItsSpeaker() {
    byte[] bytes = fixture(SCRIPT_FIXTURE);
    ResultDocument doc = extract(bytes, SCRIPT_FIXTURE);
    String html = page(doc, new String(bytes, StandardCharsets.UTF_8));
    Quote raman = doc.quotes().stream().filter(q -> q.text().startsWith("Every form")).findFirst().orElseThrow();
    assertEquals("Priya Raman", raman.speaker().name());
    Matcher m = Pattern.compile("<span class=\"q (s\\d) k-direct\" id=\"" + raman.id() + "\" data-q=\"" + raman.id()
        + "\" data-kind=\"direct\" data-speaker=\"Priya Raman[^\"]*\"").matcher(html);
    assertTrue(m.find(), "the quote is a highlighted span naming its speaker");
    Quote other = doc.quotes().stream().filter(q -> q.text().startsWith("We found")).findFirst().orElseThrow();
    assertTrue(html.contains("class=\"q " + m.group(1) + " k-direct\" id=\"" + other.id() + "\""),
        "both quotes of Priya Raman share her colour");
  }

  @Test
  void escapesMarkupInSpeakerNamesAndAttributes() {
    String text = "The mayor said \"we will rebuild\" on Monday.";
    Speaker evil = new Speaker("<img src=x onerror=alert(1)>", null, null, new TextSpan(4, 9, "mayor"), Resolution.EXPLICIT,
        "cue-after");
    Quote q = new Quote("q1", QuoteKind.DIRECT, "we will rebuild", 16, 31, evil, new TextSpan(10, 14, "said"), 0.9);
    ResultDocument doc = doc(text, List.of(q), List.of());
    String html = page(doc, text);
    assertFalse(html.contains("<img"), "no element from a value");
    assertTrue(html.contains("data-speaker=\"&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;"),
        "the name is an escaped attribute value");
  }

  @Test
  void pinsTheInlineStyleAndScriptByTheirHashesInTheContentSecurityPolicy() {
    String text = "The mayor said \"we will rebuild\" on Monday.";
    String page = page(doc(text, List.of(), List.of()), text);
    // the policy is an attribute value: the browser reads it with its entities decoded
    String html = page.replace("&#39;", "'").replace("&#x3D;", "=");
    Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
    Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
    assertTrue(script.find() && style.find());
    assertTrue(html.contains("script-src " + ReviewRenderer.hash(script.group(1)) + ";"), "script pinned");
    assertTrue(html.contains("style-src " + ReviewRenderer.hash(style.group(1)) + ";"), "style pinned");
    assertTrue(html.contains("default-src 'none'"), "nothing else may load");
    assertFalse(html.contains("http://") || html.contains("https://"), "no external assets");
  }

  @Test
  void listsStatisticsAndEventsInTheirPanels() {
    String text = "Ridership rose 12 percent in 2023, the agency said. Last month the line reopened.";
    StatisticFact stat = new StatisticFact("f1", "Ridership rose 12 percent in 2023", 0, 33,
        new Quantity(0.12, false, "ridership growth", "12 percent"), new Period("2023", "2023", "in 2023"), null,
        new Attribution("the agency", null));
    EventFact ev = new EventFact("f2", "Last month the line reopened.", 52, 81, "2024-02", "Last month");
    ResultDocument doc = doc(text, List.of(), List.of(stat, ev));
    SchemaAssert.assertValidRecord(doc);
    String html = page(doc, text);
    String stats = html.substring(html.indexOf("id=\"statistics\""), html.indexOf("id=\"events\""));
    assertTrue(stats.contains("Ridership rose 12 percent in 2023") && stats.contains("according to the agency"), stats);
    String events = html.substring(html.indexOf("id=\"events\""));
    assertTrue(events.contains("2024-02") && events.contains("Last month the line reopened."), events);
  }

  @Test
  void warnsWhenQuotesDoNotMatchTheArticleText() {
    String text = "The mayor said \"we will rebuild\" on Monday.";
    Quote q = new Quote("q1", QuoteKind.DIRECT, "we will rebuild", 16, 31, null, null, 0.9);
    String changed = "The mayor said \"we shall rebuild\" on Monday.";
    ArticlePage p = ArticlePages.of(doc(text, List.of(q), List.of()), changed, null, List.of());
    assertEquals(1, p.warnings().size(), p.warnings().toString());
    assertTrue(RENDERER.article(p).contains("do not match the article text"));
  }

  @Test
  void listsQuotesWithoutContextWhenTheTextIsMissing() {
    String text = "The mayor said \"we will rebuild\" on Monday.";
    Quote q = new Quote("q1", QuoteKind.DIRECT, "we will rebuild", 16, 31, null, null, 0.9);
    String html = RENDERER.article(ArticlePages.of(doc(text, List.of(q), List.of()), null, null, List.of()));
    assertTrue(html.contains("The article text is not available"));
    assertTrue(html.contains("data-q=\"q1\""), "the quote is still listed");
    assertFalse(html.contains("all articles"), "no index link on a page of its own");
  }

  static ResultDocument doc(String text, List<Quote> quotes, List<dev.newsfacts.model.Fact> facts) {
    return new ResultDocument(ResultDocument.SCHEMA_VERSION, SourceRef.local("a.txt", text.length(), null),
        "0".repeat(64), Fixtures.extractor().info(),
        new ArticleInfo(null, null, null, "en", new Counts(1, 1, 10), null), List.of(), quotes, facts);
  }
}
