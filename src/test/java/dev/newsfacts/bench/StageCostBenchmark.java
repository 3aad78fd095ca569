package dev.newsfacts.bench;

import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.model.SourceRef;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * What metadata, entities and facts cost on top of the quote-only pipeline (issue #3: at most 30% more
 * per article). One thread, both pipelines in one JVM, warmed up; then, article by article, each pipeline
 * in turn, timed in CPU time of the thread (the machine is shared: wall time measures the neighbours) and
 * in wall time. The median of the rounds is reported. Not a test: run by hand, e.g.
 * {@code java -cp target/newsfacts-0.1.0.jar:target/test-classes dev.newsfacts.bench.StageCostBenchmark
 * ../shared/datasets/polnear/train/text}.
 */
public final class StageCostBenchmark {
  private static final int ROUNDS = 3;

  private StageCostBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: StageCostBenchmark DIR");
      System.exit(2);
    }
    List<ArticleInput> inputs = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(args[0]))) {
      for (Path p : files.sorted().toList()) {
        byte[] b = Files.readAllBytes(p);
        inputs.add(new ArticleInput(b, SourceRef.local(p.getFileName().toString(), b.length, "text/plain")));
      }
    }
    Extractor quotesOnly = Extractor.createQuotesOnly();
    Extractor full = Extractor.create();
    run(quotesOnly, inputs.subList(0, Math.min(100, inputs.size())));  // warm-up: JIT and caches
    run(full, inputs.subList(0, Math.min(100, inputs.size())));
    long[][] q = new long[2][ROUNDS];
    long[][] f = new long[2][ROUNDS];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < ROUNDS; r++) {
      for (ArticleInput in : inputs) {
        long c0 = threads.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        check(quotesOnly.extract(in));
        long c1 = threads.getCurrentThreadCpuTime();
        long w1 = System.nanoTime();
        check(full.extract(in));
        long c2 = threads.getCurrentThreadCpuTime();
        long w2 = System.nanoTime();
        q[0][r] += c1 - c0;
        f[0][r] += c2 - c1;
        q[1][r] += w1 - w0;
        f[1][r] += w2 - w1;
      }
    }
    int n = inputs.size();
    System.out.printf("articles=%d rounds=%d (median round)%n", n, ROUNDS);
    String[] what = {"cpu", "wall"};
    for (int k = 0; k < 2; k++) {
      Arrays.sort(q[k]);
      Arrays.sort(f[k]);
      double qs = q[k][ROUNDS / 2] / 1e9;
      double fs = f[k][ROUNDS / 2] / 1e9;
      System.out.printf("%-4s quotes-only: %.2f s (%.2f ms/article)  full: %.2f s (%.2f ms/article)  extra: %.1f%%%n",
          what[k], qs, qs * 1000 / n, fs, fs * 1000 / n, (fs / qs - 1) * 100);
    }
  }

  private static void check(Outcome o) {
    if (o instanceof Outcome.Failure) System.err.println("failure in an article");
  }

  private static long run(Extractor x, List<ArticleInput> inputs) {
    long t0 = System.nanoTime();
    int failures = 0;
    for (ArticleInput in : inputs) if (x.extract(in) instanceof Outcome.Failure) failures++;
    long t = System.nanoTime() - t0;
    if (failures > 0) System.err.println("failures: " + failures);
    return t;
  }
}
