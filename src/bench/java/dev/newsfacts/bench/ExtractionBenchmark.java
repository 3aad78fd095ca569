package dev.newsfacts.bench;

import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.extract.entities.EntityLexicon;
import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Annotator;
import dev.newsfacts.extract.nlp.NlpModels;
import dev.newsfacts.extract.people.PersonIndex;
import dev.newsfacts.extract.quotes.QuoteExtractor;
import dev.newsfacts.json.ResultJson;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Our articles, five ways: the whole extraction (as the CLI and Lambda run it,
 * JSON included), each stage alone over inputs prepared in setup (annotate = paragraphs, sentences,
 * tokens, POS; people; quotes), and OpenNLP's tokenize + POS alone ({@link OpenNlpFloor}), the floor.
 * {@link BenchmarkReport} runs them all and prints each as a ratio to the floor.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class ExtractionBenchmark {
  /**
   * {@code ALL}: every one of our own articles per operation (test fixtures and README samples, see
   * {@link Articles}), so that an operation lasts tens of milliseconds and a noisy shared machine
   * still gives steady ratios; or one file name ({@code -p article=wind-farm-approval.txt}).
   */
  @Param({"ALL"})
  public String article;

  private Extractor extractor;
  private OpenNlpFloor.Tagger floor;
  private Annotator annotator;
  private GivenNames givenNames;
  private QuoteExtractor quoteExtractor;
  private byte[][] bytes;
  private String[] texts;
  private SourceRef[] sources;
  private AnnotatedText[] annotated;
  private PersonIndex[] people;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    List<Path> files = Articles.select(article);
    int n = files.size();
    bytes = new byte[n][];
    texts = new String[n];
    sources = new SourceRef[n];
    annotated = new AnnotatedText[n];
    people = new PersonIndex[n];
    extractor = Extractor.create();
    floor = OpenNlpFloor.load().tagger();
    annotator = new Annotator(NlpModels.loadFromClasspath());
    givenNames = GivenNames.loadWith(EntityLexicon.GIVEN_NAMES, GivenNames.WORLD);
    quoteExtractor = new QuoteExtractor();
    for (int i = 0; i < n; i++) {
      bytes[i] = Files.readAllBytes(files.get(i));
      texts[i] = new String(bytes[i], StandardCharsets.UTF_8);
      sources[i] = SourceRef.local(files.get(i).getFileName().toString(), bytes[i].length, null);
      annotated[i] = annotator.annotate(texts[i]);
      people[i] = PersonIndex.build(annotated[i], givenNames);
    }
  }

  /** Bytes in, JSON bytes out: decoding, hashing, every stage, serialisation. */
  @Benchmark
  public void extract(Blackhole bh) {
    for (int i = 0; i < bytes.length; i++) {
      Outcome o = extractor.extract(new ArticleInput(bytes[i], sources[i]));
      bh.consume(ResultJson.toBytes(o.document()));
    }
  }

  /** The floor: OpenNLP sentences, tokens and POS tags over the whole text, nothing else. */
  @Benchmark
  public void floor(Blackhole bh) {
    for (String t : texts) bh.consume(floor.tag(t));
  }

  /** Stage 1: paragraphs, sentences (with our repairs), tokens, POS tags. */
  @Benchmark
  public void annotate(Blackhole bh) {
    for (String t : texts) bh.consume(annotator.annotate(t));
  }

  /** Stage 2: the person index over an annotated text. */
  @Benchmark
  public void people(Blackhole bh) {
    for (AnnotatedText at : annotated) bh.consume(PersonIndex.build(at, givenNames));
  }

  /** Stage 3: quotes and speakers over an annotated text and its people. */
  @Benchmark
  public void quotes(Blackhole bh) {
    for (int i = 0; i < annotated.length; i++) bh.consume(quoteExtractor.extract(annotated[i], people[i]));
  }
}
