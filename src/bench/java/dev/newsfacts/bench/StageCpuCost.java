package dev.newsfacts.bench;

import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.extract.entities.EntityLexicon;
import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.nlp.NlpModels;
import dev.newsfacts.json.ResultJson;
import dev.newsfacts.model.SourceRef;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What metadata, entities and facts cost on top of quotes alone, in CPU time of the one thread: the
 * machines are shared, and {@link StageCostBenchmark}'s wall-clock iterations then measure the
 * neighbours (its best iterations moved by several times between runs). Both pipelines of
 * {@link StageCostBenchmark} (the quote-only pipeline and the full extraction, bytes in and JSON out)
 * run article by article in turn, after a warm-up; the median of three rounds is printed. Run with
 * {@code mvn -B -Pbench test-compile exec:exec@bench -Dbench.main=dev.newsfacts.bench.StageCpuCost
 * -Dbench.args=DIR} (our own articles without an argument).
 */
public final class StageCpuCost {
  private static final int ROUNDS = 3;

  private StageCpuCost() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 1) System.setProperty("newsfacts.bench.articles", args[0]);
    List<Path> files = Articles.select("ALL");
    List<byte[]> bytes = new ArrayList<>();
    for (Path p : files) bytes.add(Files.readAllBytes(p));
    QuotesOnlyPipeline quotes = new QuotesOnlyPipeline(NlpModels.loadFromClasspath(), GivenNames.loadWith(EntityLexicon.GIVEN_NAMES, GivenNames.WORLD));
    Extractor full = Extractor.create();
    for (int w = 0; w < 2; w++) {  // warm-up: JIT and caches
      for (int i = 0; i < Math.min(100, files.size()); i++) {
        quotes.extract(bytes.get(i));
        full(full, files.get(i), bytes.get(i));
      }
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] q = new long[ROUNDS];
    long[] f = new long[ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
      for (int i = 0; i < files.size(); i++) {
        long c0 = threads.getCurrentThreadCpuTime();
        quotes.extract(bytes.get(i));
        long c1 = threads.getCurrentThreadCpuTime();
        full(full, files.get(i), bytes.get(i));
        long c2 = threads.getCurrentThreadCpuTime();
        q[r] += c1 - c0;
        f[r] += c2 - c1;
      }
    }
    Arrays.sort(q);
    Arrays.sort(f);
    double qs = q[ROUNDS / 2] / 1e9;
    double fs = f[ROUNDS / 2] / 1e9;
    int n = files.size();
    System.out.printf(Locale.ROOT, "articles=%d, CPU time of the median round: quotes %.2f s (%.2f ms/article),"
        + " full %.2f s (%.2f ms/article); metadata, entities and facts add %.1f%%%n",
        n, qs, qs * 1000 / n, fs, fs * 1000 / n, (fs / qs - 1) * 100);
  }

  private static void full(Extractor x, Path file, byte[] b) {
    Outcome o = x.extract(new ArticleInput(b, SourceRef.local(file.getFileName().toString(), b.length, null)));
    if (o instanceof Outcome.Failure) System.err.println("failure in an article");
    ResultJson.toBytes(o.document());
  }
}
