package dev.newsfacts.aws;

import dev.newsfacts.extract.ContentHash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsfacts.SchemaAssert;
import dev.newsfacts.json.ResultJson;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.testing.OffsetCheck;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * One S3 event over a folder of everything an input bucket receives in practice: plain articles,
 * BOMs, UTF-16, Windows-1252, an HTML page, empty and blank files, a PDF and a PNG, an object over
 * MAX_INPUT_BYTES, keys with spaces and accents. Every input must end as exactly one valid document.
 * The inputs are generated here; nothing larger than a few KB is stored.
 */
class MixedBucketIT {
  private static final String IN = "mixed-in";
  private static final String OUT = "mixed-out";
  private static final String PREFIX = "uploads/2024-06-03/";
  /** Small, so one generated object is over it while every article stays under it. */
  private static final long MAX_INPUT_BYTES = 4096;

  /** Accents, curly quotes and an em dash: all of them exist in Windows-1252, none of them in ASCII. */
  private static final String CAFE_ARTICLE = """
      LYONSDALE, June 3 (Newsfacts Wire) \u2014 The town council voted on Monday to close the Caf\u00e9 du Port \
      pier to cars from July, ending a decade of arguments over parking on the harbour front.

      \u201cThe pier belongs to people on foot, not to delivery vans,\u201d said Mayor H\u00e9l\u00e8ne Marchetti, \
      who proposed the ban last winter.

      Shop owners were divided. Ren\u00e9 Okafor, who runs a bakery at the end of the pier, said the council \
      had ignored the traders\u2019 petition signed by 212 people.
      """;

  private static final String FERRY_ARTICLE = """
      PORT ELLIS, June 3 (Newsfacts Wire) - The island ferry will run every 40 minutes in summer, the \
      transport authority said on Monday, after complaints about queues of up to three hours in August.

      "We heard the islanders loud and clear," said Daniel Osei, the authority's director of services. \
      He said two leased vessels would join the fleet by mid-June.

      Residents' groups welcomed the timetable but said fares, which rose 8 percent in January, remain too high.
      """;

  private static final String HTML_PAGE = """
      <!DOCTYPE html>
      <html lang="en"><head><title>Library reopens | Riverton Gazette</title>
      <script>window.tracker = {page: "library-reopens", segment: "TRACKER-SEGMENT-7"};</script></head>
      <body>
      <nav><a href="/">Home</a> <a href="/local">NAVIGATION-LOCAL-NEWS</a></nav>
      <header class="site-header">Riverton Gazette</header>
      <article>
        <h1>Riverton library reopens after flood repairs</h1>
        <p>RIVERTON, June 3 (Newsfacts Wire) - The central library reopened on Monday, eleven months after \
      floodwater wrecked its ground floor and some 30,000 books.</p>
        <p>"Every shelf you see was rebuilt by people from this town," said Amara Lindgren, the head librarian.</p>
        <div class="share-buttons">SHARE-WIDGET-TEXT</div>
      </article>
      <footer>FOOTER-COPYRIGHT-NOTICE</footer>
      <script>document.write("SCRIPT-BODY-TEXT");</script>
      </body></html>
      """;

  private static S3ProxyServer server;
  private static S3Client s3;
  private static Run run;

  @BeforeAll
  static void startServer() throws Exception {
    server = S3ProxyServer.start();
    s3 = server.client(server.config(OUT));
    s3.createBucket(b -> b.bucket(IN));
    s3.createBucket(b -> b.bucket(OUT));
    run = new Run(); // once for all tests: each test reads another side of the same invocation
  }

  @AfterAll
  static void stopServer() throws Exception {
    s3.close();
    server.close();
  }

  /** One input object and what it must turn into: a result (code null) or an error document with that code. */
  private record Input(String key, byte[] bytes, String expectedCode) {
    boolean isResult() {
      return expectedCode == null;
    }
  }

  private static List<Input> mixedFolder() {
    byte[] cafe = CAFE_ARTICLE.getBytes(StandardCharsets.UTF_8);
    byte[] ferry = FERRY_ARTICLE.getBytes(StandardCharsets.UTF_8);
    byte[] tooLarge = FERRY_ARTICLE.repeat((int) (MAX_INPUT_BYTES / ferry.length) + 1).getBytes(StandardCharsets.UTF_8);
    List<Input> inputs = new ArrayList<>(List.of(
        new Input(PREFIX + "cafe-pier.txt", cafe, null),
        new Input(PREFIX + "ferry-timetable.txt", ferry, null),
        new Input(PREFIX + "bom/ferry-timetable.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ferry), null),
        new Input(PREFIX + "utf16/cafe-pier.txt", CAFE_ARTICLE.getBytes(Charset.forName("UTF-16")), null),
        new Input(PREFIX + "legacy/cafe-pier-1252.txt", CAFE_ARTICLE.getBytes(Charset.forName("windows-1252")), null),
        new Input(PREFIX + "web/library-reopens.html", HTML_PAGE.getBytes(StandardCharsets.UTF_8), null),
        new Input(PREFIX + "Caf\u00e9 M\u00e9xico/report 1+2 (final).txt", cafe, null),
        new Input(PREFIX + "\u6e2f\u53e3/ferry \u2014 copy.txt", ferry, null),
        new Input(PREFIX + "empty.txt", new byte[0], "EMPTY"),
        new Input(PREFIX + "blank.txt", " \n\t\r\n   \n".getBytes(StandardCharsets.UTF_8), "EMPTY"),
        new Input(PREFIX + "scans/council-minutes.pdf", concat(Fixtures.PDF, junk(600)), "UNSUPPORTED_CONTENT"),
        new Input(PREFIX + "images/pier photo.png", concat(
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}, junk(600)),
            "UNSUPPORTED_CONTENT"),
        new Input(PREFIX + "ferry-timetable-full-archive.txt", tooLarge, "TOO_LARGE")));
    return inputs;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Deterministic bytes of every value, NULs included, as the body of a binary file. */
  private static byte[] junk(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) b[i] = (byte) (i * 37 + 11);
    return b;
  }

  private static final class Run {
    final List<Input> inputs = mixedFolder();
    final InvocationSummary summary;
    final Map<String, JsonNode> documents = new LinkedHashMap<>();

    Run() {
      assertTrue(inputs.stream().filter(i -> i.bytes().length > MAX_INPUT_BYTES).count() == 1,
          "exactly one input over MAX_INPUT_BYTES");
      for (Input i : inputs) S3ProxyServer.put(s3, IN, i.key(), i.bytes());
      AwsConfig c = server.config(OUT);
      c = new AwsConfig(c.outputBucket(), c.resultPrefix(), MAX_INPUT_BYTES, c.endpoint(), c.region());
      ExtractHandler handler = new ExtractHandler(Pipeline.create(c, server.client(c), Fixtures.extractor()));
      summary = handler.handle(Fixtures.s3Event(IN, inputs.stream().map(Input::key).toArray(String[]::new)),
          new CapturingContext("mixed-1"));
      for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(OUT).prefix("results/")).contents()) {
        documents.put(o.key(), SchemaAssert.assertValid(
            s3.getObjectAsBytes(b -> b.bucket(OUT).key(o.key())).asByteArray()));
      }
    }

    JsonNode resultOf(Input i) {
      return documents.get("results/" + i.key() + ".json");
    }

    JsonNode errorOf(Input i) {
      return documents.get("results/" + i.key() + ".error.json");
    }

    Input input(String keySuffix) {
      return inputs.stream().filter(i -> i.key().endsWith(keySuffix)).findFirst().orElseThrow();
    }
  }

  private static Run run() {
    return run;
  }

  @Test
  void writesOneDocumentPerInputAndNothingElse() {
    Run r = run();
    long expectedResults = r.inputs.stream().filter(Input::isResult).count();
    long results = r.documents.keySet().stream().filter(k -> !k.endsWith(".error.json")).count();
    long errors = r.documents.keySet().stream().filter(k -> k.endsWith(".error.json")).count();
    System.out.printf("MixedBucketIT: %d inputs, %d result documents, %d error documents%n",
        r.inputs.size(), results, errors);

    assertEquals(r.inputs.size(), results + errors, "inputs = result documents + error documents: " + r.documents.keySet());
    assertEquals(expectedResults, results);
    assertEquals(r.inputs.size() - expectedResults, errors);
    assertEquals(results, r.summary.results());
    assertEquals(errors, r.summary.errors());
    assertEquals(0, r.summary.skipped() + r.summary.refused() + r.summary.retry());
    Set<String> expectedKeys = new TreeSet<>();
    for (Input i : r.inputs) expectedKeys.add("results/" + i.key() + (i.isResult() ? ".json" : ".error.json"));
    assertEquals(expectedKeys, new TreeSet<>(r.documents.keySet()), "each input has exactly its one document");
  }

  @Test
  void givesEachBadInputTheErrorCodeItDeserves() {
    Run r = run();
    for (Input i : r.inputs) {
      if (i.isResult()) continue;
      JsonNode err = r.errorOf(i);
      assertTrue(err != null, "no error document for " + i.key());
      assertEquals(i.expectedCode(), err.at("/error/code").asText(), i.key() + ": " + err.at("/error/message").asText());
      assertEquals(i.key(), err.at("/source/key").asText());
    }
  }

  @Test
  void keepsOffsetsOfEveryResultInsideItsArticleText() throws Exception {
    Run r = run();
    for (Input i : r.inputs) {
      if (!i.isResult()) continue;
      JsonNode doc = r.resultOf(i);
      assertTrue(doc != null, "no result for " + i.key());
      assertEquals(i.key(), doc.at("/source/key").asText(), "the key is decoded, spaces and accents included");
      assertEquals(ContentHash.sha256(i.bytes()), doc.at("/contentSha256").asText(), i.key());
      // facts carry no type information for Jackson, and OffsetCheck does not look at them
      ObjectNode withoutFacts = doc.deepCopy();
      withoutFacts.putArray("facts");
      ResultDocument result = ResultJson.mapper().treeToValue(withoutFacts, ResultDocument.class);
      OffsetCheck.assertOffsetsValid(result, OffsetCheck.indexedText(result, i.bytes()));
      assertFalse(result.quotes().isEmpty(), "every article here has a quote: " + i.key());
    }
  }

  @Test
  void readsTheHtmlPageAsItsArticleBodyWithoutScriptsOrBoilerplate() {
    JsonNode doc = run().resultOf(run().input("library-reopens.html"));
    String text = doc.at("/article/text").asText();

    assertTrue(text.contains("Every shelf you see was rebuilt"), text);
    for (String boilerplate : List.of("TRACKER-SEGMENT-7", "SCRIPT-BODY-TEXT", "NAVIGATION-LOCAL-NEWS",
        "SHARE-WIDGET-TEXT", "FOOTER-COPYRIGHT-NOTICE", "<p>")) {
      assertFalse(text.contains(boilerplate), "article.text keeps " + boilerplate + ": " + text);
    }
    assertEquals("Riverton library reopens after flood repairs", doc.at("/article/title").asText());
  }

  @Test
  void saysTheWindows1252ArticleWasReadAsWindows1252() {
    JsonNode doc = run().resultOf(run().input("cafe-pier-1252.txt"));

    assertEquals("windows-1252", doc.at("/article/encoding").asText());
    assertTrue(doc.at("/article/text").asText().contains("Mayor H\u00e9l\u00e8ne Marchetti"),
        "accents decoded, not replaced");
    assertTrue(doc.at("/article/notes").toString().contains("windows-1252"), doc.at("/article/notes").toString());
  }

  @Test
  void readsUtf16AndBomInputsAsTheSameArticleAsTheirUtf8Twins() {
    Run r = run();
    JsonNode utf16 = r.resultOf(r.input("utf16/cafe-pier.txt"));
    JsonNode cafe = r.resultOf(r.input(PREFIX + "cafe-pier.txt"));
    JsonNode bom = r.resultOf(r.input("bom/ferry-timetable.txt"));
    JsonNode ferry = r.resultOf(r.input(PREFIX + "ferry-timetable.txt"));

    assertTrue(utf16.at("/article/encoding").asText().startsWith("UTF-16"), utf16.at("/article").toString());
    assertEquals(cafe.get("quotes"), utf16.get("quotes"), "same text, same quotes");
    assertTrue(bom.at("/article/encoding").isMissingNode(), "a UTF-8 BOM is still UTF-8");
    assertEquals(ferry.get("quotes"), bom.get("quotes"), "the BOM is dropped before offsets are counted");
    assertNotEquals(ferry.get("contentSha256"), bom.get("contentSha256"), "the hash is of the bytes, BOM included");
  }
}
