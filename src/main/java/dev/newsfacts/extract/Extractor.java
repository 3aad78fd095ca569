package dev.newsfacts.extract;

import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Annotator;
import dev.newsfacts.extract.nlp.NlpModels;
import dev.newsfacts.extract.people.PersonEntities;
import dev.newsfacts.extract.people.PersonIndex;
import dev.newsfacts.extract.quotes.QuoteExtractor;
import dev.newsfacts.extract.text.DecodedText;
import dev.newsfacts.extract.text.InputRejectedException;
import dev.newsfacts.extract.text.TextDecoder;
import dev.newsfacts.model.ArticleInfo;
import dev.newsfacts.model.Counts;
import dev.newsfacts.model.Entity;
import dev.newsfacts.model.ErrorCode;
import dev.newsfacts.model.ErrorDocument;
import dev.newsfacts.model.ErrorInfo;
import dev.newsfacts.model.ExtractorInfo;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.ResultDocument;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The one entry point into the core, used by the CLI and the Lambda alike:
 * {@code extract(input)} gives a result or an error document for every input.
 * Thread-safe: the models are shared, and each thread gets its own OpenNLP taggers.
 */
public final class Extractor {
  private final ExtractorInfo info;
  private final TextDecoder decoder = new TextDecoder();
  private final NlpModels models;
  private final GivenNames givenNames;
  private final ThreadLocal<Annotator> annotators;
  private final QuoteExtractor quotes = new QuoteExtractor();

  private Extractor(NlpModels models, GivenNames givenNames) {
    this.models = models;
    this.givenNames = givenNames;
    this.annotators = ThreadLocal.withInitial(() -> new Annotator(models));
    this.info = new ExtractorInfo(ExtractorVersion.NAME, ExtractorVersion.read(), NlpModels.describe());
  }

  /** Loads the models and lists (the slow part, a few hundred milliseconds): build once, reuse. */
  public static Extractor create() {
    Extractor e = new Extractor(NlpModels.loadFromClasspath(), GivenNames.load());
    // This thread's taggers now, not in its first article (the Lambda extracts on the thread that
    // built it); OpenNLP's model factories also fill lazy fields here, before workers share them.
    e.annotators.get();
    return e;
  }

  public ExtractorInfo info() {
    return info;
  }

  public Outcome extract(ArticleInput input) {
    String sha = sha256(input.bytes());
    DecodedText decoded;
    try {
      decoded = decoder.decode(input.bytes());
    } catch (InputRejectedException e) {
      return failure(input, sha, e.code(), e.getMessage());
    }
    try {
      return new Outcome.Success(analyse(input, sha, decoded.text()));
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      // A bug must cost one article, not the batch; the class name says where to look, no text leaks.
      return failure(input, sha, ErrorCode.INTERNAL, "extraction failed: " + e.getClass().getSimpleName());
    }
  }

  private ResultDocument analyse(ArticleInput input, String sha, String text) {
    AnnotatedText at = annotators.get().annotate(text);
    PersonIndex people = PersonIndex.build(at, givenNames);
    List<Quote> found = quotes.extract(at, people);
    PersonEntities.Linked linked = PersonEntities.link(people, found);
    Counts counts = new Counts(at.paragraphs().size(), at.sentences().size(), at.tokens().size());
    ArticleInfo article = new ArticleInfo(null, null, null, "en", counts, null);
    List<Entity> entities = linked.entities();
    return new ResultDocument(ResultDocument.SCHEMA_VERSION, input.source(), sha, info, article, entities,
        linked.quotes(), List.of());
  }

  private Outcome failure(ArticleInput input, String sha, ErrorCode code, String message) {
    return new Outcome.Failure(new ErrorDocument(ResultDocument.SCHEMA_VERSION, input.source(), sha, info,
        new ErrorInfo(code, message)));
  }

  /** Tokenize + POS only, over shared models: the floor every benchmark compares against. */
  public int tokenizeAndTagOnly(String text) {
    return annotators.get().tokenizeAndTag(text);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
