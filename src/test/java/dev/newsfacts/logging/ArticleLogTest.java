package dev.newsfacts.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.json.ResultJson;
import dev.newsfacts.model.Entity;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import dev.newsfacts.model.TextSpan;
import dev.newsfacts.run.Article;
import dev.newsfacts.run.ArticleReport;
import dev.newsfacts.run.ArticleRunner;
import dev.newsfacts.run.MemorySink;
import dev.newsfacts.run.Read;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticleLogTest {
  private static final String ARTICLE = """
      RIVERTON (Metro Wire) — The school board voted 5 to 2 on Monday to close Lincoln Elementary.
      “Nobody wanted this outcome,” board chair Teresa Alvarez told parents after the meeting.
      Superintendent Mark Doyle said enrollment had fallen by a third since 2015.
      """;
  private static Extractor extractor;

  @BeforeAll
  static void loadModels() {
    extractor = Extractor.create();
  }

  /** The article run through the runner into memory: its report and the document written. */
  private record Run(ArticleReport report, Outcome outcome) {}

  private static Run run(byte[] bytes, SourceRef src) {
    MemorySink sink = new MemorySink();
    String name = src.path() != null ? src.path() : src.key();
    Article a = new Article() {
      @Override public String name() { return name; }
      @Override public SourceRef origin() { return src; }
      @Override public Read read() { return new Read.Bytes(bytes, src); }
    };
    ArticleReport r = new ArticleRunner(extractor, sink).process(a, false);
    return new Run(r, sink.written.get(name));
  }

  private static JsonNode parse(String line) throws Exception {
    return ResultJson.mapper().readTree(line);
  }

  @Test
  void resultLineCarriesSourceOutcomeCountsAndTiming() throws Exception {
    byte[] bytes = ARTICLE.getBytes(StandardCharsets.UTF_8);
    Run run = run(bytes, SourceRef.s3("in-bucket", "articles/riverton.txt", null, "e1", bytes.length, null));
    JsonNode line = parse(JsonLines.toLine(ArticleLog.of("req-42", run.report())));
    ResultDocument r = ((Outcome.Success) run.outcome()).result();

    assertEquals("req-42", line.path("requestId").asText());
    assertEquals("in-bucket", line.path("bucket").asText());
    assertEquals("articles/riverton.txt", line.path("key").asText());
    assertEquals("result", line.path("outcome").asText());
    assertEquals(r.quotes().size(), line.path("quotes").asInt());
    assertEquals(r.article().counts().tokens(), line.path("tokens").asInt());
    assertEquals(run.report().extractMs(), line.path("extractMs").asDouble());
    assertFalse(line.has("errorCode"));
  }

  @Test
  void logLineHoldsNoWordOfTheArticle() {
    byte[] bytes = ARTICLE.getBytes(StandardCharsets.UTF_8);
    Run run = run(bytes, SourceRef.local("riverton.txt", bytes.length, null));
    String line = JsonLines.toLine(ArticleLog.of("run-1", run.report()));
    ResultDocument r = ((Outcome.Success) run.outcome()).result();

    assertFalse(r.quotes().isEmpty(), "the fixture must have quotes for this test to mean anything");
    for (Quote q : r.quotes()) assertFalse(line.contains(q.text()), q.text());
    for (Entity e : r.entities()) {
      assertFalse(line.contains(e.name()), e.name());
      for (TextSpan m : e.mentions()) assertFalse(line.contains(m.text()), m.text());
    }
    assertFalse(line.contains("Lincoln"));
  }

  @Test
  void errorLineCarriesCodeAndMessage() throws Exception {
    byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    Run run = run(pdf, SourceRef.local("scans/page.txt", pdf.length, null));
    JsonNode line = parse(JsonLines.toLine(ArticleLog.of("run-1", run.report())));

    assertEquals("WARN", line.path("level").asText());
    assertEquals("error", line.path("outcome").asText());
    assertEquals("UNSUPPORTED_CONTENT", line.path("errorCode").asText());
    assertTrue(line.path("errorMessage").asText().contains("application/pdf"));
    assertEquals("scans/page.txt", line.path("path").asText());
    assertFalse(line.has("quotes"));
  }

  @Test
  void writesExactlyOneLineEvenForAKeyWithLineBreaks() {
    byte[] empty = new byte[0];
    Run run = run(empty, SourceRef.s3("b", "odd\nkey\r\n.txt", null, null, 0, null));
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    JsonLines.write(new PrintStream(buf, true, StandardCharsets.UTF_8), ArticleLog.of(null, run.report()));
    String written = buf.toString(StandardCharsets.UTF_8);

    assertEquals(1, written.split("\n", -1).length - 1, written);
    assertTrue(written.endsWith("}\n"));
  }
}
