package dev.newsfacts.bench;

import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.entities.EntityLexicon;
import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.nlp.NlpModels;
import dev.newsfacts.json.ResultJson;
import dev.newsfacts.model.SourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * What each layer costs, warm, in one run: OpenNLP's tokenize + POS alone (the floor), the quote-only
 * pipeline ({@link QuotesOnlyPipeline}), and the full extraction with metadata, entities and facts,
 * each bytes in and JSON out. {@link #main} prints them as ratios to the floor and full to quotes
 * (metadata, entities and facts: at most 30% more). Articles: ours, or another folder with
 * {@code -Dnewsfacts.bench.articles=DIR -p article=ALL}; run with
 * {@code mvn -B -Pbench test-compile exec:exec@bench -Dbench.main=dev.newsfacts.bench.StageCostBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class StageCostBenchmark {
  @Param({"ALL"})
  public String article;

  private OpenNlpFloor.Tagger floor;
  private QuotesOnlyPipeline quotesOnly;
  private Extractor extractor;
  private byte[][] bytes;
  private String[] texts;
  private SourceRef[] sources;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    List<Path> files = Articles.select(article);
    int n = files.size();
    bytes = new byte[n][];
    texts = new String[n];
    sources = new SourceRef[n];
    for (int i = 0; i < n; i++) {
      bytes[i] = Files.readAllBytes(files.get(i));
      texts[i] = new String(bytes[i], StandardCharsets.UTF_8);
      sources[i] = SourceRef.local(files.get(i).getFileName().toString(), bytes[i].length, null);
    }
    floor = OpenNlpFloor.load().tagger();
    quotesOnly = new QuotesOnlyPipeline(NlpModels.loadFromClasspath(), GivenNames.loadWith(EntityLexicon.GIVEN_NAMES, GivenNames.WORLD));
    extractor = Extractor.create();
  }

  @Benchmark
  public void floor(Blackhole bh) {
    for (String t : texts) bh.consume(floor.tag(t));
  }

  @Benchmark
  public void quotes(Blackhole bh) {
    for (byte[] b : bytes) bh.consume(quotesOnly.extract(b));
  }

  @Benchmark
  public void extract(Blackhole bh) {
    for (int i = 0; i < bytes.length; i++) {
      bh.consume(ResultJson.toBytes(extractor.extract(new ArticleInput(bytes[i], sources[i])).document()));
    }
  }

  /** Runs the three and prints their best iterations with quotes/floor, extract/floor and extract/quotes. */
  public static void main(String[] args) throws Exception {
    Collection<RunResult> results = new Runner(new OptionsBuilder().parent(new CommandLineOptions(args))
        .include(StageCostBenchmark.class.getName() + "\\.").build()).run();
    Map<String, Double> best = new TreeMap<>();
    for (RunResult r : results) {
      String bench = r.getParams().getBenchmark();
      best.put(bench.substring(bench.lastIndexOf('.') + 1), BenchmarkReport.best(r));
    }
    double f = best.get("floor");
    double q = best.get("quotes");
    double e = best.get("extract");
    System.out.printf(Locale.ROOT, "%nbest iteration, us/op: floor %.1f, quotes %.1f, extract %.1f%n", f, q, e);
    System.out.printf(Locale.ROOT, "quotes/floor %.2f, extract/floor %.2f, extract/quotes %.2f (metadata, entities"
        + " and facts add %.0f%%)%n", q / f, e / f, e / q, (e / q - 1) * 100);
  }
}
