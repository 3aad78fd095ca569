package dev.newsfacts.aws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.run.ArticleRunner;
import dev.newsfacts.run.Read;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Each kind of S3 fault on its own, through WireMock in front of S3Proxy: what reading and
 * processing one object does about it.
 */
class S3FaultsIT {
  private static final String IN = "flaky-in";
  private static S3ProxyServer server;
  private static S3Client direct;
  private static byte[] article;
  private static int buckets;

  @BeforeAll
  static void start() throws Exception {
    server = S3ProxyServer.start();
    direct = server.client(server.config("unused"));
    direct.createBucket(b -> b.bucket(IN));
    article = Fixtures.article("harbor-strike.txt");
    S3ProxyServer.put(direct, IN, "wire/harbor-strike.txt", article);
  }

  @AfterAll
  static void stop() throws Exception {
    direct.close();
    server.close();
  }

  private static S3Client through(FaultyS3 proxy) {
    AwsConfig c = server.config("unused").withEndpoint(proxy.endpoint());
    return server.client(c);
  }

  @Test
  void aDownloadCutShortOnEveryAttemptIsNeverReturnedAsAnArticle() {
    try (FaultyS3 proxy = FaultyS3.start(server.endpoint(), 1.0, 1, Set.of(FaultyS3.Kind.SHORT_BODY));
         S3Client s3 = through(proxy)) {
      ArticleReader reader = new ArticleReader(s3, AwsConfig.DEFAULT_MAX_INPUT_BYTES);

      S3UnavailableException e = assertThrows(S3UnavailableException.class,
          () -> reader.read(new ObjectRef(IN, "wire/harbor-strike.txt")));

      assertFalse(proxy.shortenedPaths().isEmpty(), "no short body was served");
      assertEquals(S3Clients.MAX_ATTEMPTS, proxy.requests(), "every attempt was short");
      assertTrue(e.getMessage().contains("short download") || e.getMessage().contains("broke off"), e.getMessage());
    }
  }

  @Test
  void aDownloadCutShortNowAndThenIsRetriedAndReadWhole() {
    try (FaultyS3 proxy = FaultyS3.start(server.endpoint(), 0.5, 3, Set.of(FaultyS3.Kind.SHORT_BODY));
         S3Client s3 = through(proxy)) {
      ArticleReader reader = new ArticleReader(s3, AwsConfig.DEFAULT_MAX_INPUT_BYTES);

      for (int i = 0; i < 20; i++) {
        Read read = reader.read(new ObjectRef(IN, "wire/harbor-strike.txt"));
        assertArrayEquals(article, assertInstanceOf(Read.Bytes.class, read).bytes());
      }
      assertFalse(proxy.shortenedPaths().isEmpty(), "no short body was served");
    }
  }

  @Test
  void aSlowAnswerIsWaitedForAndReadWhole() {
    try (FaultyS3 proxy = FaultyS3.start(server.endpoint(), 1.0, 5, Set.of(FaultyS3.Kind.DELAY));
         S3Client s3 = through(proxy)) {
      long t0 = System.nanoTime();
      Read read = new ArticleReader(s3, AwsConfig.DEFAULT_MAX_INPUT_BYTES).read(new ObjectRef(IN, "wire/harbor-strike.txt"));

      assertArrayEquals(article, assertInstanceOf(Read.Bytes.class, read).bytes());
      assertTrue(System.nanoTime() - t0 >= FaultyS3.DELAY_MS * 1_000_000L, "the delay was not served");
    }
  }

  /** Three articles in a fresh output bucket, processed with a third of all requests failing one way. */
  @ParameterizedTest
  @EnumSource(value = FaultyS3.Kind.class, names = {"SLOW_DOWN", "INTERNAL_ERROR", "CONNECTION_RESET", "EMPTY_RESPONSE"})
  void anOccasionalFaultOfEachKindStillGivesEachArticleExactlyOneDocument(FaultyS3.Kind kind) {
    String out = "flaky-out-" + ++buckets;
    direct.createBucket(b -> b.bucket(out));
    Map<String, String> inputs = new HashMap<>();
    for (int i = 0; i < 3; i++) {
      byte[] bytes = (new String(article, StandardCharsets.UTF_8) + "\nUpdated " + i + ".\n").getBytes(StandardCharsets.UTF_8);
      String key = "wire/" + kind + "/" + i + ".txt";
      S3ProxyServer.put(direct, IN, key, bytes);
      inputs.put(key, OutputCensus.sha256(bytes));
    }
    try (FaultyS3 proxy = FaultyS3.start(server.endpoint(), 0.34, 7, EnumSet.of(kind));
         S3Client s3 = through(proxy)) {
      ArticleReader reader = new ArticleReader(s3, AwsConfig.DEFAULT_MAX_INPUT_BYTES);
      ArticleRunner runner = new ArticleRunner(Fixtures.extractor(), new ResultStore(s3, new ResultKeys(out, "results/")));

      for (String key : inputs.keySet()) runner.process(new S3Article(new ObjectRef(IN, key), reader), true);

      OutputCensus c = OutputCensus.take(direct, out, inputs);
      assertTrue(proxy.injected() > 0, "no fault was injected");
      assertEquals(new OutputCensus(3, 3, 0, 0, 0, 0), c);
    }
  }

  @Test
  void anObjectThatFailsEveryAttemptIsReportedAsAnS3FailureWithNoDocument() {
    String out = "flaky-out-" + ++buckets;
    direct.createBucket(b -> b.bucket(out));
    try (FaultyS3 proxy = FaultyS3.start(server.endpoint(), 1.0, 9, Set.of(FaultyS3.Kind.INTERNAL_ERROR));
         S3Client s3 = through(proxy)) {
      ArticleReader reader = new ArticleReader(s3, AwsConfig.DEFAULT_MAX_INPUT_BYTES);
      ArticleRunner runner = new ArticleRunner(Fixtures.extractor(), new ResultStore(s3, new ResultKeys(out, "results/")));

      assertThrows(S3UnavailableException.class, () -> runner.process(new S3Article(new ObjectRef(IN, "wire/harbor-strike.txt"), reader), false));

      assertEquals(S3Clients.MAX_ATTEMPTS, proxy.requests());
      assertEquals(new OutputCensus(1, 0, 0, 1, 0, 0),
          OutputCensus.take(direct, out, Map.of("wire/harbor-strike.txt", OutputCensus.sha256(article))));
    }
  }
}
