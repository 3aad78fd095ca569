package dev.newsfacts.bench;

import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Annotator;
import dev.newsfacts.extract.nlp.NlpModels;
import dev.newsfacts.extract.people.PersonIndex;
import dev.newsfacts.extract.quotes.QuoteExtractor;
import dev.newsfacts.json.ResultJson;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.SourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

/**
 * One article per parameter value, five ways: the whole extraction (as the CLI and Lambda run it,
 * JSON included), each stage alone over inputs prepared in setup (annotate = paragraphs, sentences,
 * tokens, POS; people; quotes), and {@link Extractor#tokenizeAndTagOnly}, the floor.
 * {@link BenchmarkReport} runs them all and prints each as a ratio to the floor.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ExtractionBenchmark {
  /** Our own articles: test fixtures and the README samples (file names; see {@link Articles}). */
  @Param({
      "broadband-plan-unlisted-names.txt", "council-budget-curly-quotes.txt", "flood-aid-multi-paragraph.txt",
      "port-dredging-straight-quotes.txt", "trafficking-trial-reported-speech.txt", "water-main-unbalanced-marks.txt",
      "museum-reopening.txt", "school-lunch-prices.txt", "wind-farm-approval.txt"})
  public String article;

  private Extractor extractor;
  private Annotator annotator;
  private GivenNames givenNames;
  private QuoteExtractor quoteExtractor;
  private byte[] bytes;
  private String text;
  private SourceRef source;
  private AnnotatedText annotated;
  private PersonIndex people;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path file = Articles.find(article);
    bytes = Files.readAllBytes(file);
    text = new String(bytes, StandardCharsets.UTF_8);
    source = SourceRef.local(article, bytes.length, null);
    extractor = Extractor.create();
    annotator = new Annotator(NlpModels.loadFromClasspath());
    givenNames = GivenNames.load();
    quoteExtractor = new QuoteExtractor();
    annotated = annotator.annotate(text);
    people = PersonIndex.build(annotated, givenNames);
  }

  /** Bytes in, JSON bytes out: decoding, hashing, every stage, serialisation. */
  @Benchmark
  public byte[] extract() {
    Outcome o = extractor.extract(new ArticleInput(bytes, source));
    return ResultJson.toBytes(o.document());
  }

  /** The floor: OpenNLP sentences, tokens and POS tags over the whole text, nothing else. */
  @Benchmark
  public int floor() {
    return extractor.tokenizeAndTagOnly(text);
  }

  /** Stage 1: paragraphs, sentences (with our repairs), tokens, POS tags. */
  @Benchmark
  public AnnotatedText annotate() {
    return annotator.annotate(text);
  }

  /** Stage 2: the person index over an annotated text. */
  @Benchmark
  public PersonIndex people() {
    return PersonIndex.build(annotated, givenNames);
  }

  /** Stage 3: quotes and speakers over an annotated text and its people. */
  @Benchmark
  public List<Quote> quotes() {
    return quoteExtractor.extract(annotated, people);
  }
}
