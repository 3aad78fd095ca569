package dev.newsfacts.aws;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.json.ResultJson;
import dev.newsfacts.model.SourceRef;
import dev.newsfacts.run.ArticleReport;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A timing harness, not a test: init time of the pipeline, and the warm per-invocation overhead of
 * the S3 handler over bare extraction of the same article (S3Proxy on loopback stands in for S3).
 * Run in a fresh JVM so "init" includes class loading (README, "Running on AWS"):
 * {@code java -cp ... dev.newsfacts.aws.HandlerBenchmark [rounds]}.
 */
public final class HandlerBenchmark {
  private HandlerBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    long t0 = System.nanoTime();
    Extractor extractor = Extractor.create();
    long t1 = System.nanoTime();
    try (S3ProxyServer server = S3ProxyServer.start()) {
      AwsConfig config = server.config("bench-out");
      long t2 = System.nanoTime();
      S3Client s3 = server.client(config);
      Pipeline pipeline = Pipeline.create(config, s3, extractor);
      ExtractHandler handler = new ExtractHandler(pipeline);
      long t3 = System.nanoTime();
      s3.createBucket(b -> b.bucket("bench-in"));
      s3.createBucket(b -> b.bucket("bench-out"));
      byte[] article = Fixtures.article("riverton-bus-network.txt");
      S3ProxyServer.put(s3, "bench-in", "a/riverton.txt", article);
      S3Event event = Fixtures.s3Event("bench-in", "a/riverton.txt");

      long f0 = System.nanoTime();
      handler.handle(event, null);
      long f1 = System.nanoTime();

      SourceRef src = SourceRef.s3("bench-in", "a/riverton.txt", null, null, article.length, "text/plain");
      for (int i = 0; i < rounds; i++) { // warm both paths equally before measuring
        handler.handle(event, null);
        bare(extractor, article, src);
      }
      double[] bare = new double[rounds];
      double[] handled = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        long a = System.nanoTime();
        bare(extractor, article, src);
        long b = System.nanoTime();
        handler.handle(event, null);
        long c = System.nanoTime();
        bare[i] = (b - a) / 1e6;
        handled[i] = (c - b) / 1e6;
      }
      double[] read = new double[rounds];
      double[] extract = new double[rounds];
      double[] write = new double[rounds];
      ObjectRef ref = new ObjectRef("bench-in", "a/riverton.txt");
      for (int i = 0; i < rounds; i++) {
        ArticleReport r = pipeline.runner().process(pipeline.article(ref), false);
        read[i] = r.readMs();
        extract[i] = r.extractMs();
        write[i] = r.writeMs();
      }
      System.gc();
      Runtime rt = Runtime.getRuntime();
      long usedMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
      System.out.printf(Locale.ROOT, "JVM start to main: %d ms%n", (System.currentTimeMillis() - jvmStart) - (System.nanoTime() - t0) / 1_000_000);
      System.out.printf(Locale.ROOT, "init: Extractor.create %.0f ms, S3 client + handler %.0f ms%n", (t1 - t0) / 1e6, (t3 - t2) / 1e6);
      System.out.printf(Locale.ROOT, "first invocation (cold code paths): %.0f ms%n", (f1 - f0) / 1e6);
      System.out.printf(Locale.ROOT, "warm, %d rounds, %d-byte article: bare extraction median %.2f ms p90 %.2f ms;"
          + " handler median %.2f ms p90 %.2f ms; overhead median %.2f ms%n", rounds, article.length,
          pct(bare, 50), pct(bare, 90), pct(handled, 50), pct(handled, 90), pct(handled, 50) - pct(bare, 50));
      System.out.printf(Locale.ROOT, "inside the handler, medians: S3 read %.2f ms, extraction %.2f ms, S3 write (put + stale delete) %.2f ms%n",
          pct(read, 50), pct(extract, 50), pct(write, 50));
      System.out.printf(Locale.ROOT, "heap in use after GC: %d MB (max heap %d MB)%n", usedMb, rt.maxMemory() >> 20);
      pipeline.close();
    }
  }

  private static int bare(Extractor extractor, byte[] article, SourceRef src) {
    Outcome o = extractor.extract(new ArticleInput(article, src));
    return ResultJson.toBytes(o.document()).length;
  }

  private static double pct(double[] xs, int p) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
  }
}
