package dev.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.aws.FaultyS3;
import dev.newsfacts.aws.OutputCensus;
import dev.newsfacts.aws.S3ProxyServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The rerun command over many small stored articles while S3 misbehaves (a share of requests
 * throttled, failed, reset, emptied, delayed or cut short), then again on a healthy S3. Load
 * profile only (README "Reliability"): {@code mvn -B -Pfault-load verify}. Sizes and rate from
 * -Dfaults.objects (10000), -Dfaults.rate (0.05), -Dfaults.seed (17), -Dfaults.workers (16).
 */
@Tag("load")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RerunFaultsIT {
  private static final String IN = "faults-in";
  private static final String OUT = "faults-out";
  private static final String PREFIX = "wire/";
  private static final int OBJECTS = Integer.getInteger("faults.objects", 10_000);
  private static final double RATE = Double.parseDouble(System.getProperty("faults.rate", "0.05"));
  private static final long SEED = Long.getLong("faults.seed", 17);
  private static final String WORKERS = System.getProperty("faults.workers", "16");
  private static final Pattern SUMMARY = Pattern.compile(
      "rerun: (\\d+) objects .*: (\\d+) processed, (\\d+) skipped \\(unchanged\\), (\\d+) failed \\(error documents\\),"
          + " (\\d+) refused \\(own output\\), (\\d+) S3 failures in ([0-9.]+) s");
  private static S3ProxyServer s3proxy;
  private static FaultyS3 faulty;
  private static S3Client direct;
  private static final Map<String, String> inputs = new ConcurrentHashMap<>();

  record Run(int exit, long total, long processed, long skipped, long unavailable, double seconds) {}

  @BeforeAll
  static void storeArticles() throws Exception {
    s3proxy = S3ProxyServer.start();
    direct = s3proxy.client(s3proxy.config(OUT));
    direct.createBucket(b -> b.bucket(IN));
    direct.createBucket(b -> b.bucket(OUT));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> puts = new ArrayList<>();
      for (int i : IntStream.range(0, OBJECTS).toArray()) {
        puts.add(pool.submit(() -> {
          String key = PREFIX + String.format(Locale.ROOT, "%05d/story.txt", i);
          byte[] bytes = Stories.story(i).getBytes(StandardCharsets.UTF_8);
          S3ProxyServer.put(direct, IN, key, bytes);
          inputs.put(key, OutputCensus.sha256(bytes));
        }));
      }
      for (Future<?> f : puts) f.get();
    } finally {
      pool.shutdown();
    }
    faulty = FaultyS3.start(s3proxy.endpoint(), RATE, SEED);
  }

  @AfterAll
  static void stop() throws Exception {
    if (faulty != null) faulty.close();
    direct.close();
    s3proxy.close();
  }

  /** ms per object of each run, for the comparison line at the end. */
  private static final Map<String, Double> msPerObject = new ConcurrentHashMap<>();

  private static Run rerun(String... extra) {
    return rerunAt(faulty.endpoint().toString(), extra);
  }

  private static Run rerunAt(String endpoint, String... extra) {
    Map<String, String> env = Map.of("OUTPUT_BUCKET", OUT, "AWS_ACCESS_KEY_ID", S3ProxyServer.ACCESS_KEY,
        "AWS_SECRET_ACCESS_KEY", S3ProxyServer.SECRET_KEY, "AWS_REGION", "us-east-1");
    List<String> args = new ArrayList<>(List.of("rerun", "--bucket", IN, "--prefix", PREFIX, "--endpoint", endpoint,
        "--concurrency", WORKERS));
    args.addAll(List.of(extra));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args.toArray(String[]::new), System.out, new PrintStream(err, true, StandardCharsets.UTF_8), env);
    String text = err.toString(StandardCharsets.UTF_8);
    Matcher m = SUMMARY.matcher(text);
    assertTrue(m.find(), "no summary line in: " + text);
    System.out.println(m.group() + text.substring(m.end()).lines().findFirst().orElse(""));
    text.lines().filter(l -> l.contains("S3 failure for")).limit(20).forEach(System.out::println);
    return new Run(exit, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
        Long.parseLong(m.group(6)), Double.parseDouble(m.group(7)));
  }

  /** Prints the run's summary line and checks it says what the census says. */
  private static void report(String label, OutputCensus c, Run r) {
    String line = c.line(faulty, r.seconds());
    System.out.println(line);
    System.out.println(c.detail(faulty));
    double ms = r.seconds() * 1000 / OBJECTS;
    msPerObject.put(label, ms);
    System.out.printf(Locale.ROOT, "faults: rerun, %s: %.2f ms per object (%s workers)%n", label, ms, WORKERS);
    OutputCensus.assertSummary(line, OBJECTS);
  }

  @Test
  @Order(1)
  void aRerunThroughAFlakyS3LeavesExactlyOneDocumentFromTheWholeInputPerArticle() {
    faulty.resetCounts();
    Run r = rerun();

    OutputCensus c = OutputCensus.take(direct, OUT, inputs);
    report("faulty S3", c, r);
    assertEquals(OBJECTS, r.total());
    assertTrue(faulty.injected() > 0, "no fault was injected");
    assertEquals(0, c.lost(), "inputs without a document");
    assertEquals(0, c.duplicates(), "inputs with both a result and an error document");
    assertEquals(0, c.fromPartialRead(), "documents made from a short read");
    assertEquals(0, r.unavailable(), "objects left undone by S3 failures");
    assertEquals(ExitCode.OK, r.exit());
  }

  @Test
  @Order(2)
  void aSecondRerunOnAHealthyS3SkipsEveryArticle() {
    faulty.rate(0);
    faulty.resetCounts();
    Run r = rerun();

    OutputCensus c = OutputCensus.take(direct, OUT, inputs);
    report("healthy S3, unchanged", c, r);
    assertEquals(OBJECTS, r.skipped());
    assertEquals(0, r.processed());
    assertEquals(0, faulty.injected());
    assertEquals(0, c.lost() + c.duplicates() + c.fromPartialRead());
  }

  /**
   * The time a healthy rerun takes per object, forced so that every article is processed as in
   * the faulty run: through the proxy (no faults), and straight to S3Proxy as the rerun runs
   * without this test's proxy. Timings are printed, not asserted: the machine is shared.
   */
  @Test
  @Order(3)
  void aForcedRerunOnAHealthyS3ProcessesEveryArticleAgain() {
    faulty.rate(0);
    faulty.resetCounts();
    Run proxied = rerun("--force");
    OutputCensus c = OutputCensus.take(direct, OUT, inputs);
    report("healthy S3 through the proxy, forced", c, proxied);

    faulty.resetCounts();
    Run straight = rerunAt(s3proxy.endpoint().toString(), "--force");
    report("healthy S3 direct, forced", OutputCensus.take(direct, OUT, inputs), straight);

    System.out.printf(Locale.ROOT, "faults: rerun ms per object: faulty %.2f, healthy through the proxy %.2f, healthy"
        + " direct %.2f; faulty/healthy %.2f, proxy/direct %.2f%n", msPerObject.get("faulty S3"),
        msPerObject.get("healthy S3 through the proxy, forced"), msPerObject.get("healthy S3 direct, forced"),
        msPerObject.get("faulty S3") / msPerObject.get("healthy S3 through the proxy, forced"),
        msPerObject.get("healthy S3 through the proxy, forced") / msPerObject.get("healthy S3 direct, forced"));
    assertEquals(OBJECTS, proxied.processed());
    assertEquals(OBJECTS, straight.processed());
    assertEquals(0, c.lost() + c.duplicates() + c.fromPartialRead());
  }
}
