package dev.newsfacts.aws;

import dev.newsfacts.SchemaAssert;
import dev.newsfacts.extract.ContentHash;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacts.json.ResultJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** The S3 handler end to end against S3Proxy: articles in, events in, documents read back and validated. */
class ExtractHandlerIT {
  private static final String IN = "newsfacts-in";
  private static final String OUT = "newsfacts-out";
  private static S3ProxyServer server;
  private static S3Client s3;
  private static ExtractHandler handler;
  private static int buckets;
  private String in;
  private String out;

  @BeforeAll
  static void startServer() throws Exception {
    server = S3ProxyServer.start();
    s3 = server.client(server.config(OUT));
    s3.createBucket(b -> b.bucket(IN)); // named by the event files in events/
  }

  @AfterAll
  static void stopServer() throws Exception {
    s3.close();
    server.close();
  }

  /** Fresh buckets per test, so no test sees another's results. */
  @BeforeEach
  void freshBuckets() {
    buckets++;
    in = IN + "-" + buckets;
    out = OUT + "-" + buckets;
    s3.createBucket(b -> b.bucket(in));
    s3.createBucket(b -> b.bucket(out));
    handler = handlerWriting(out, AwsConfig.DEFAULT_MAX_INPUT_BYTES);
  }

  private static ExtractHandler handlerWriting(String outputBucket, long maxBytes) {
    AwsConfig c = server.config(outputBucket);
    c = new AwsConfig(c.outputBucket(), c.resultPrefix(), maxBytes, c.endpoint(), c.region());
    return new ExtractHandler(Pipeline.create(c, server.client(c), Fixtures.extractor()));
  }

  private byte[] get(String bucket, String key) {
    return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
  }

  private boolean exists(String bucket, String key) {
    try {
      s3.headObject(b -> b.bucket(bucket).key(key));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    }
  }

  @Test
  void writesValidResultForTheShippedPutEvent() {
    String key = "articles/2024/03/riverton-bus-network.txt";
    byte[] article = Fixtures.article("riverton-bus-network.txt");
    S3ProxyServer.put(s3, IN, key, article);

    InvocationSummary s = handler.handle(Fixtures.s3Event("s3-put.json"), new CapturingContext("req-1"));

    assertEquals(1, s.results());
    JsonNode doc = SchemaAssert.assertValid(get(out, "results/" + key + ".json"));
    assertEquals(IN, doc.path("source").path("bucket").asText());
    assertEquals(key, doc.path("source").path("key").asText());
    assertEquals(article.length, doc.path("source").path("size").asLong());
    assertEquals(ContentHash.sha256(article), doc.path("contentSha256").asText());
    assertTrue(doc.path("quotes").size() > 0, "the fixture has quotes");
  }

  @Test
  void decodesKeysWithSpacesPlusSignsAndUnicode() {
    String key = "articles/2024/03/Café México report+1 (draft).txt";
    S3ProxyServer.put(s3, IN, key, Fixtures.article("harbor-strike.txt"));

    InvocationSummary s = handler.handle(Fixtures.s3Event("s3-put-unicode-key.json"), new CapturingContext("req-2"));

    assertEquals(1, s.results());
    JsonNode doc = SchemaAssert.assertValid(get(out, "results/" + key + ".json"));
    assertEquals(key, doc.path("source").path("key").asText());
  }

  @Test
  void rewritesIdenticalBytesForADuplicateEvent() {
    S3ProxyServer.put(s3, in, "a/strike.txt", Fixtures.article("harbor-strike.txt"));
    handler.handle(Fixtures.s3Event(in, "a/strike.txt"), new CapturingContext("req-3"));
    byte[] first = get(out, "results/a/strike.txt.json");

    handler.handle(Fixtures.s3Event(in, "a/strike.txt"), new CapturingContext("req-4"));

    assertArrayEquals(first, get(out, "results/a/strike.txt.json"));
  }

  @Test
  void writesErrorDocumentForBinaryObjectAndGoesOnWithTheBatch() {
    S3ProxyServer.put(s3, in, "a/scan.txt", Fixtures.PDF);
    S3ProxyServer.put(s3, in, "a/strike.txt", Fixtures.article("harbor-strike.txt"));

    InvocationSummary s = handler.handle(Fixtures.s3Event(in, "a/scan.txt", "a/strike.txt"), new CapturingContext("req-5"));

    assertEquals(1, s.errors());
    assertEquals(1, s.results());
    JsonNode err = SchemaAssert.assertValid(get(out, "results/a/scan.txt.error.json"));
    assertEquals("UNSUPPORTED_CONTENT", err.path("error").path("code").asText());
    SchemaAssert.assertValid(get(out, "results/a/strike.txt.json"));
  }

  @Test
  void storesContentHashAndExtractorVersionAsObjectMetadata() {
    byte[] article = Fixtures.article("harbor-strike.txt");
    S3ProxyServer.put(s3, in, "a/strike.txt", article);

    handler.handle(Fixtures.s3Event(in, "a/strike.txt"), new CapturingContext("req-6"));

    Map<String, String> meta = s3.headObject(b -> b.bucket(out).key("results/a/strike.txt.json")).metadata();
    assertEquals(ContentHash.sha256(article), meta.get("content-sha256"));
    assertEquals(Fixtures.extractor().info().version(), meta.get("extractor-version"));
  }

  @Test
  void writesTooLargeErrorDocumentForAnObjectOverTheLimit() {
    S3ProxyServer.put(s3, in, "a/riverton.txt", Fixtures.article("riverton-bus-network.txt"));
    ExtractHandler small = handlerWriting(out, 500);

    small.handle(Fixtures.s3Event(in, "a/riverton.txt"), new CapturingContext("req-7"));

    JsonNode err = SchemaAssert.assertValid(get(out, "results/a/riverton.txt.error.json"));
    assertEquals("TOO_LARGE", err.path("error").path("code").asText());
  }

  @Test
  void refusesToProcessItsOwnResults() {
    S3ProxyServer.put(s3, out, "results/a/old.txt.json", "{}".getBytes(StandardCharsets.UTF_8));

    InvocationSummary s = handler.handle(Fixtures.s3Event(out, "results/a/old.txt.json"), new CapturingContext("req-8"));

    assertEquals(1, s.refused());
    assertFalse(exists(out, "results/results/a/old.txt.json.json"));
  }

  @Test
  void replacesAStaleErrorDocumentOnceTheArticleIsFixed() {
    S3ProxyServer.put(s3, in, "a/story.txt", Fixtures.PDF);
    handler.handle(Fixtures.s3Event(in, "a/story.txt"), new CapturingContext("req-9"));
    S3ProxyServer.put(s3, in, "a/story.txt", Fixtures.article("harbor-strike.txt"));

    handler.handle(Fixtures.s3Event(in, "a/story.txt"), new CapturingContext("req-10"));

    assertTrue(exists(out, "results/a/story.txt.json"));
    assertFalse(exists(out, "results/a/story.txt.error.json"));
  }

  @Test
  void failsTheInvocationOnAnS3FailureAfterFinishingTheOtherRecords() {
    S3ProxyServer.put(s3, in, "a/strike.txt", Fixtures.article("harbor-strike.txt"));

    assertThrows(S3UnavailableException.class, () -> handler.handle(
        Fixtures.s3Event("no-such-bucket", "a/strike.txt"), new CapturingContext("req-11")));
    handler.handle(Fixtures.s3Event(in, "a/strike.txt"), new CapturingContext("req-12"));
    // the mixed case: one record fails, the good one is still written before the invocation fails
    s3.deleteObject(b -> b.bucket(out).key("results/a/strike.txt.json"));
    assertThrows(S3UnavailableException.class, () -> handler.handle(
        mixed(in), new CapturingContext("req-13")));
    assertTrue(exists(out, "results/a/strike.txt.json"));
  }

  private static com.amazonaws.services.lambda.runtime.events.S3Event mixed(String bucket) {
    var missing = Fixtures.s3Event("no-such-bucket", "a/strike.txt").getRecords().get(0);
    var good = Fixtures.s3Event(bucket, "a/strike.txt").getRecords().get(0);
    return new com.amazonaws.services.lambda.runtime.events.S3Event(List.of(missing, good));
  }

  @Test
  void logsOneJsonLinePerArticleWithoutArticleText() throws Exception {
    S3ProxyServer.put(s3, in, "a/strike.txt", Fixtures.article("harbor-strike.txt"));
    S3ProxyServer.put(s3, in, "a/scan.txt", Fixtures.PDF);
    CapturingContext ctx = new CapturingContext("req-14");

    handler.handle(Fixtures.s3Event(in, "a/strike.txt", "a/scan.txt"), ctx);

    assertEquals(4, ctx.lines.size(), "two articles, the summary and the metrics document");
    for (String line : ctx.lines) {
      JsonNode j = ResultJson.mapper().readTree(line);
      assertEquals("req-14", j.path("requestId").asText());
      assertFalse(line.contains("Lindqvist"), "no article text in logs: " + line);
    }
    JsonNode first = ResultJson.mapper().readTree(ctx.lines.get(0));
    assertEquals("a/strike.txt", first.path("key").asText());
    assertEquals("result", first.path("outcome").asText());
    assertTrue(first.path("quotes").asInt() > 0);
    assertEquals("error", ResultJson.mapper().readTree(ctx.lines.get(1)).path("outcome").asText());
  }

  @Test
  void logsOneMetricsDocumentPerInvocationWithErrorsByCode() throws Exception {
    S3ProxyServer.put(s3, in, "a/strike.txt", Fixtures.article("harbor-strike.txt"));
    S3ProxyServer.put(s3, in, "a/scan.txt", Fixtures.PDF);
    S3ProxyServer.put(s3, in, "a/empty.txt", new byte[0]);
    CapturingContext ctx = new CapturingContext("req-15");

    InvocationSummary s = handler.handle(Fixtures.s3Event(in, "a/strike.txt", "a/scan.txt", "a/empty.txt"), ctx);

    List<JsonNode> emf = new java.util.ArrayList<>();
    for (String line : ctx.lines) {
      JsonNode j = ResultJson.mapper().readTree(line);
      if (j.has("_aws")) emf.add(j);
    }
    assertEquals(1, emf.size(), "one EMF document per invocation");
    JsonNode m = emf.get(0);
    assertEquals("newsfacts-test", m.path("FunctionName").asText());
    assertEquals("req-15", m.path("requestId").asText());
    assertEquals(3, m.path("Articles").asInt());
    assertEquals(s.errors(), m.path("Errors").asInt());
    assertEquals(1, m.path("Errors.UNSUPPORTED_CONTENT").asInt());
    assertEquals(1, m.path("Errors.EMPTY").asInt());
    JsonNode result = SchemaAssert.assertValid(get(out, "results/a/strike.txt.json"));
    assertEquals(result.path("quotes").size(), m.path("Quotes").asInt());
    assertTrue(m.path("Duration").asDouble() > 0);
  }

  @Test
  void writesAReviewPageBesideTheResultWhenAsked() {
    AwsConfig c = server.config(out).withReviewPages(true);
    ExtractHandler withPages = new ExtractHandler(Pipeline.create(c, server.client(c), Fixtures.extractor()));
    S3ProxyServer.put(s3, in, "a/strike.txt", Fixtures.article("harbor-strike.txt"));

    withPages.handle(Fixtures.s3Event(in, "a/strike.txt"), new CapturingContext("req-16"));

    SchemaAssert.assertValid(get(out, "results/a/strike.txt.json"));
    var page = s3.getObjectAsBytes(b -> b.bucket(out).key("results/a/strike.txt.html"));
    assertTrue(page.response().contentType().startsWith("text/html"), page.response().contentType());
    String html = page.asString(StandardCharsets.UTF_8);
    assertTrue(html.contains("data-q=\"q1\""), "the page highlights the quotes");
    assertFalse(html.contains("all articles"), "a page on its own has no index to link to");
  }

  @Test
  void writesNoReviewPageByDefaultAndRemovesAStaleOneOnError() {
    S3ProxyServer.put(s3, in, "a/strike.txt", Fixtures.article("harbor-strike.txt"));
    handler.handle(Fixtures.s3Event(in, "a/strike.txt"), new CapturingContext("req-17"));
    assertFalse(exists(out, "results/a/strike.txt.html"), "REVIEW_PAGES is off by default");

    AwsConfig c = server.config(out).withReviewPages(true);
    ExtractHandler withPages = new ExtractHandler(Pipeline.create(c, server.client(c), Fixtures.extractor()));
    withPages.handle(Fixtures.s3Event(in, "a/strike.txt"), new CapturingContext("req-18"));
    assertTrue(exists(out, "results/a/strike.txt.html"));
    S3ProxyServer.put(s3, in, "a/strike.txt", Fixtures.PDF);
    withPages.handle(Fixtures.s3Event(in, "a/strike.txt"), new CapturingContext("req-19"));
    assertFalse(exists(out, "results/a/strike.txt.html"), "no page for an input that is no longer an article");
  }
}
