package dev.newsfacts.cli;

import dev.newsfacts.SchemaAssert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.aws.Fixtures;
import dev.newsfacts.aws.S3ProxyServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The rerun's acceptance run: 200 stored articles under a prefix (a few binary, one empty, one with a
 * unicode key), rerun four times through the CLI against S3Proxy. The steps build on each other,
 * so they run in order over one bucket.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RerunCommandIT {
  private static final String IN = "archive-in";
  private static final String OUT = "archive-out";
  private static final String PREFIX = "archive/2024/";
  private static final Pattern SUMMARY = Pattern.compile(
      "rerun: (\\d+) objects .*: (\\d+) processed, (\\d+) skipped \\(unchanged\\), (\\d+) failed \\(error documents\\),"
          + " (\\d+) refused \\(own output\\), (\\d+) S3 failures");
  private static S3ProxyServer server;
  private static S3Client s3;
  private static final List<String> keys = new ArrayList<>();
  private static int bad;

  record Run(int exit, long total, long processed, long skipped, long failed, String line) {}

  @BeforeAll
  static void storeArticles() throws Exception {
    server = S3ProxyServer.start();
    s3 = server.client(server.config(OUT));
    s3.createBucket(b -> b.bucket(IN));
    s3.createBucket(b -> b.bucket(OUT));
    for (int i = 0; i < 200; i++) {
      String key;
      byte[] bytes;
      if (i == 7) {
        key = PREFIX + "Zürich Straße Nachrichten+1 (Entwurf).txt";
        bytes = Fixtures.article("harbor-strike.txt");
      } else if (i % 40 == 13) { // five PDFs that were uploaded by mistake
        key = PREFIX + String.format(Locale.ROOT, "scan-%03d.txt", i);
        bytes = (new String(Fixtures.PDF, StandardCharsets.ISO_8859_1) + i).getBytes(StandardCharsets.ISO_8859_1);
        bad++;
      } else if (i == 99) {
        key = PREFIX + "empty-099.txt";
        bytes = new byte[0];
        bad++;
      } else {
        key = PREFIX + String.format(Locale.ROOT, "story-%03d.txt", i);
        bytes = Stories.story(i).getBytes(StandardCharsets.UTF_8);
      }
      S3ProxyServer.put(s3, IN, key, bytes);
      keys.add(key);
    }
    S3ProxyServer.put(s3, IN, "elsewhere/not-in-the-prefix.txt", Fixtures.article("harbor-strike.txt"));
  }

  @AfterAll
  static void stop() throws Exception {
    s3.close();
    server.close();
  }

  private static Run rerun(String... extra) {
    Map<String, String> env = new HashMap<>();
    env.put("OUTPUT_BUCKET", OUT);
    env.put("AWS_ACCESS_KEY_ID", S3ProxyServer.ACCESS_KEY);
    env.put("AWS_SECRET_ACCESS_KEY", S3ProxyServer.SECRET_KEY);
    env.put("AWS_REGION", "us-east-1");
    List<String> args = new ArrayList<>(List.of("rerun", "--bucket", IN, "--prefix", PREFIX, "--endpoint", server.endpoint().toString()));
    args.addAll(List.of(extra));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args.toArray(String[]::new), System.out, new PrintStream(err, true, StandardCharsets.UTF_8), env);
    String text = err.toString(StandardCharsets.UTF_8);
    Matcher m = SUMMARY.matcher(text);
    assertTrue(m.find(), "no summary line in: " + text);
    System.out.println(m.group() + text.substring(m.end()).lines().findFirst().orElse("")); // the figures, for the record
    text.lines().filter(l -> l.contains("S3 failure for")).forEach(System.out::println);
    return new Run(exit, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
        Long.parseLong(m.group(4)), text);
  }

  /** Every stored article has exactly one document, result or error, and it is valid. */
  private static void assertEveryArticleHasOneValidDocument() {
    for (String key : keys) {
      byte[] result = get("results/" + key + ".json");
      byte[] error = get("results/" + key + ".error.json");
      assertTrue(result == null ^ error == null, "exactly one document for " + key);
      SchemaAssert.assertValid(result != null ? result : error);
    }
  }

  private static byte[] get(String key) {
    try {
      return s3.getObjectAsBytes(b -> b.bucket(OUT).key(key)).asByteArray();
    } catch (NoSuchKeyException e) {
      return null;
    }
  }

  @Test
  @Order(1)
  void firstRerunProcessesEveryArticleAndWritesErrorDocumentsForTheBadOnes() {
    Run r = rerun("--concurrency", "2");

    assertEquals(200, r.total());
    assertEquals(200 - bad, r.processed());
    assertEquals(bad, r.failed());
    assertEquals(ExitCode.SOME_FAILED, r.exit());
    assertEveryArticleHasOneValidDocument();
    assertEquals(null, get("results/elsewhere/not-in-the-prefix.txt.json"), "outside the prefix");
  }

  @Test
  @Order(2)
  void secondRerunSkipsEverythingUnchanged() {
    Run r = rerun("--concurrency", "2");

    assertEquals(200, r.skipped());
    assertEquals(0, r.processed() + r.failed());
    assertEquals(ExitCode.OK, r.exit());
  }

  @Test
  @Order(3)
  void rerunAfterAnExtractorVersionBumpProcessesEverythingAgain() {
    // results written by an older extractor: same documents, older version in their metadata
    for (String key : keys) {
      String doc = get("results/" + key + ".json") != null ? "results/" + key + ".json" : "results/" + key + ".error.json";
      Map<String, String> meta = new HashMap<>(s3.headObject(b -> b.bucket(OUT).key(doc)).metadata());
      meta.put("extractor-version", "0.0.1");
      s3.copyObject(b -> b.sourceBucket(OUT).sourceKey(doc).destinationBucket(OUT).destinationKey(doc)
          .metadata(meta).metadataDirective(MetadataDirective.REPLACE));
    }

    Run r = rerun("--concurrency", "2");

    assertEquals(200 - bad, r.processed());
    assertEquals(bad, r.failed());
    assertEquals(0, r.skipped());
    assertEveryArticleHasOneValidDocument();
  }

  @Test
  @Order(4)
  void forcedRerunProcessesEverythingAgainOnOneWorker() {
    Run r = rerun("--force", "--concurrency", "1");

    assertEquals(200 - bad, r.processed());
    assertEquals(bad, r.failed());
    assertEveryArticleHasOneValidDocument();
  }
}
