package dev.newsfacts.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.cli.Stories;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The S3 upload handler, one record per invocation as S3 sends them, while S3 misbehaves; an
 * invocation that throws is invoked again up to twice, as Lambda does for asynchronous events,
 * and one that fails all three times goes to the "failure destination". Load profile only
 * (README "Reliability"): {@code mvn -B -Pfault-load verify}. -Dfaults.events (1000),
 * -Dfaults.rate (0.05), -Dfaults.seed (17).
 */
@Tag("load")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtractHandlerFaultsIT {
  private static final String IN = "events-in";
  private static final String OUT = "events-out";
  private static final int EVENTS = Integer.getInteger("faults.events", 1000);
  private static final double RATE = Double.parseDouble(System.getProperty("faults.rate", "0.05"));
  private static final long SEED = Long.getLong("faults.seed", 17);
  /** Lambda's MaximumRetryAttempts in template.yaml, plus the first try. */
  private static final int LAMBDA_ATTEMPTS = 3;
  /** Containers working at once. */
  private static final int CONCURRENCY = 8;
  private static S3ProxyServer s3proxy;
  private static FaultyS3 faulty;
  private static S3Client direct;
  private static ExtractHandler handler;
  private static final Map<String, String> inputs = new ConcurrentHashMap<>();
  private static Map<String, String> firstETags;

  @BeforeAll
  static void storeArticles() throws Exception {
    s3proxy = S3ProxyServer.start();
    direct = s3proxy.client(s3proxy.config(OUT));
    direct.createBucket(b -> b.bucket(IN));
    direct.createBucket(b -> b.bucket(OUT));
    for (int i = 0; i < EVENTS; i++) {
      String key = String.format(Locale.ROOT, "uploads/%04d/story one+%d.txt", i, i); // space and '+' as in real keys
      byte[] bytes = Stories.story(100_000 + i).getBytes(StandardCharsets.UTF_8);
      S3ProxyServer.put(direct, IN, key, bytes);
      inputs.put(key, OutputCensus.sha256(bytes));
    }
    faulty = FaultyS3.start(s3proxy.endpoint(), RATE, SEED);
    AwsConfig config = s3proxy.config(OUT).withEndpoint(faulty.endpoint());
    handler = new ExtractHandler(Pipeline.create(config, s3proxy.client(config), Fixtures.extractor()));
  }

  @AfterAll
  static void stop() throws Exception {
    if (faulty != null) faulty.close();
    direct.close();
    s3proxy.close();
  }

  /** Invokes the handler once per key, with Lambda's retries; returns the keys given up on. */
  private static List<String> invokeAll(AtomicInteger invocations) throws Exception {
    ExecutorService containers = Executors.newFixedThreadPool(CONCURRENCY);
    List<String> failureDestination = java.util.Collections.synchronizedList(new ArrayList<>());
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (String key : inputs.keySet()) {
        jobs.add(containers.submit(() -> {
          for (int attempt = 1; attempt <= LAMBDA_ATTEMPTS; attempt++) {
            invocations.incrementAndGet();
            try {
              handler.handle(Fixtures.s3Event(IN, key), null);
              return;
            } catch (S3UnavailableException e) {
              if (attempt == LAMBDA_ATTEMPTS) failureDestination.add(key);
            }
          }
        }));
      }
      for (Future<?> f : jobs) f.get();
    } finally {
      containers.shutdown();
    }
    return failureDestination;
  }

  private static Map<String, String> eTags() {
    Map<String, String> m = new HashMap<>();
    for (S3Object o : direct.listObjectsV2Paginator(b -> b.bucket(OUT)).contents()) m.put(o.key(), o.eTag());
    return m;
  }

  private static OutputCensus run(String label) throws Exception {
    faulty.resetCounts();
    AtomicInteger invocations = new AtomicInteger();
    long t0 = System.nanoTime();
    List<String> givenUp = invokeAll(invocations);
    double seconds = (System.nanoTime() - t0) / 1e9;
    OutputCensus c = OutputCensus.take(direct, OUT, inputs);
    String line = c.line(faulty, seconds);
    System.out.println(line);
    System.out.println(c.detail(faulty));
    System.out.printf(Locale.ROOT, "faults: %s: %d events, %d invocations (Lambda retries %d), failure destination %d,"
        + " %.2f ms per object%n", label, EVENTS, invocations.get(), invocations.get() - EVENTS, givenUp.size(),
        seconds * 1000 / EVENTS);
    assertEquals(List.of(), givenUp, "events sent to the failure destination");
    OutputCensus.assertSummary(line, EVENTS);
    return c;
  }

  @Test
  @Order(1)
  void singleRecordInvocationsThroughAFlakyS3LeaveExactlyOneDocumentFromTheWholeInputPerUpload() throws Exception {
    OutputCensus c = run("handler, faulty S3");
    firstETags = eTags();

    assertEquals(0, c.lost(), "uploads without a document");
    assertEquals(0, c.duplicates(), "uploads with both a result and an error document");
    assertEquals(0, c.fromPartialRead(), "documents made from a short read");
    assertEquals(EVENTS, c.results());
  }

  @Test
  @Order(2)
  void theSameEventsAgainOnAHealthyS3RewriteIdenticalBytes() throws Exception {
    faulty.rate(0);
    OutputCensus c = run("handler, healthy S3");

    assertEquals(new OutputCensus(EVENTS, EVENTS, 0, 0, 0, 0), c);
    assertEquals(firstETags, eTags(), "a redelivered event changed a stored document");
  }
}
