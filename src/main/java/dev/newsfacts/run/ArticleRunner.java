package dev.newsfacts.run;

import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.ContentHash;
import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.model.ErrorCode;
import dev.newsfacts.model.ResultDocument;
import java.util.Optional;

/**
 * One article, start to end, the same for the CLI, the Lambda handlers and reruns: read (bounded by
 * the source), skip it when its stored document is up to date, extract, write the result or error
 * document through the sink, report. Thread-safe.
 */
public final class ArticleRunner {
  private final Extractor extractor;
  private final ResultSink sink;

  public ArticleRunner(Extractor extractor, ResultSink sink) {
    this.extractor = extractor;
    this.sink = sink;
  }

  private String extractorVersion() {
    return extractor.info().version();
  }

  /**
   * @param skipUnchanged leave an article alone when its stored document has the same content hash
   *     and extractor version (reruns, {@code --skip-unchanged}); false rewrites always (an S3
   *     event's redelivery rewrites the same bytes)
   * @throws UnavailableException when the source or the sink fails; the article has no new document
   */
  public ArticleReport process(Article article, boolean skipUnchanged) {
    if (sink.owns(article.origin())) return ArticleReport.refused(article);
    long t0 = System.nanoTime();
    Read read = article.read();
    long t1 = System.nanoTime();
    if (read instanceof Read.Refused r) {
      Outcome o = Outcome.failure(r.source(), null, extractor.info(), r.code(), r.message());
      String written = sink.write(article.name(), o, null);
      return new ArticleReport(r.source(), ArticleOutcome.ERROR, written, r.code().name(), r.message(), null,
          r.source().size(), null, 0, 0, ms(t1 - t0), 0, ms(System.nanoTime() - t1));
    }
    Read.Bytes in = (Read.Bytes) read;
    String kind = ContentKind.of(in.bytes()).label();
    String sha = ContentHash.sha256(in.bytes());
    if (skipUnchanged) {
      Optional<ResultSink.Stored> stored = sink.stored(article.name());
      if (stored.isPresent() && stored.get().matches(sha, extractorVersion())) {
        // its document stays as it is: an unchanged bad input still has its error document
        return new ArticleReport(in.source(), ArticleOutcome.SKIPPED, null, stored.get().errorCode(), null, kind,
            in.bytes().length, null, stored.get().quotes(), 0, ms(t1 - t0), 0, ms(System.nanoTime() - t1));
      }
    }
    Outcome outcome = extract(in, sha);
    long t2 = System.nanoTime();
    String written = sink.write(article.name(), outcome, in.bytes());
    long t3 = System.nanoTime();
    if (outcome instanceof Outcome.Success s) {
      ResultDocument r = s.result();
      return new ArticleReport(in.source(), ArticleOutcome.RESULT, written, null, null, kind, in.bytes().length,
          r.article().counts(), r.quotes().size(), r.entities().size(), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2));
    }
    var err = ((Outcome.Failure) outcome).error().error();
    return new ArticleReport(in.source(), ArticleOutcome.ERROR, written, err.code().name(), err.message(), kind,
        in.bytes().length, null, 0, 0, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2));
  }

  private Outcome extract(Read.Bytes in, String sha) {
    try {
      return extractor.extract(new ArticleInput(in.bytes(), in.source(), in.hints()));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // The extractor turns bad input into error documents itself; this is the last line of defence
      // for a bug or an exhausted heap, so one article fails and the batch goes on, on record.
      return Outcome.failure(in.source(), sha, extractor.info(), ErrorCode.INTERNAL,
          "extraction failed: " + e.getClass().getSimpleName());
    }
  }

  private static double ms(long nanos) {
    return Math.round(nanos / 100_000.0) / 10.0;
  }
}
