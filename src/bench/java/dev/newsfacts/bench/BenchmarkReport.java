package dev.newsfacts.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ExtractionBenchmark} and prints, per article and in total, each benchmark's time
 * (its fastest iteration) and its ratio to the floor of the same article in the same run. Takes JMH's own options
 * (e.g. {@code -p article=wind-farm-approval.txt -f 2 -i 5}).
 */
public final class BenchmarkReport {
  private static final String[] COLUMNS = {"floor", "annotate", "people", "quotes", "extract"};

  private BenchmarkReport() {}

  public static void main(String[] args) throws Exception {
    Options options = new OptionsBuilder()
        .parent(new CommandLineOptions(args))
        .include(ExtractionBenchmark.class.getName() + "\\.")
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Map<String, Double>> byArticle = new TreeMap<>();
    for (RunResult r : results) {
      String bench = r.getParams().getBenchmark();
      String name = bench.substring(bench.lastIndexOf('.') + 1);
      String article = r.getParams().getParam("article");
      byArticle.computeIfAbsent(article, a -> new TreeMap<>()).put(name, best(r));
    }
    print(byArticle);
  }

  /**
   * The fastest measured iteration: other load on a shared machine only ever adds time, so the
   * minimum is the steadiest estimate of the work itself (JMH's own table, printed above, has the means).
   */
  static double best(RunResult r) {
    double best = Double.MAX_VALUE;
    for (BenchmarkResult b : r.getBenchmarkResults()) {
      for (IterationResult i : b.getIterationResults()) best = Math.min(best, i.getPrimaryResult().getScore());
    }
    return best;
  }

  static void print(Map<String, Map<String, Double>> byArticle) {
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-40s", "best iteration, us/op (x floor)"));
    for (String c : COLUMNS) head.append(String.format(Locale.ROOT, "%20s", c));
    System.out.println();
    System.out.println(head);
    Map<String, Double> total = new TreeMap<>();
    for (Map.Entry<String, Map<String, Double>> e : byArticle.entrySet()) {
      System.out.println(row(e.getKey(), e.getValue()));
      e.getValue().forEach((k, v) -> total.merge(k, v, Double::sum));
    }
    if (byArticle.size() > 1) System.out.println(row("sum of the rows", total));
  }

  private static String row(String label, Map<String, Double> scores) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-40s", label));
    Double floor = scores.get("floor");
    for (String c : COLUMNS) {
      Double v = scores.get(c);
      if (v == null) b.append(String.format(Locale.ROOT, "%20s", "-"));
      else if (floor == null || c.equals("floor")) b.append(String.format(Locale.ROOT, "%20.1f", v));
      else b.append(String.format(Locale.ROOT, "%11.1f (%5.3fx)", v, v / floor));
    }
    return b.toString();
  }
}
