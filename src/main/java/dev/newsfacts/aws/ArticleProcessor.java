package dev.newsfacts.aws;

import dev.newsfacts.extract.ContentHash;
import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.model.ErrorCode;
import dev.newsfacts.model.ErrorDocument;
import dev.newsfacts.model.ErrorInfo;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import dev.newsfacts.review.ReviewRenderer;
import java.util.Optional;

/**
 * One input object, start to end: read (bounded), extract through the facade, write the result
 * or error document. Shared by every handler and by the local {@code rerun} command, so all
 * routes behave the same. Thread-safe.
 */
public final class ArticleProcessor {
  private final Extractor extractor;
  private final ArticleReader reader;
  private final ResultStore store;
  private final ReviewRenderer pages;

  public ArticleProcessor(Extractor extractor, ArticleReader reader, ResultStore store) {
    this(extractor, reader, store, null);
  }

  /** @param pages renders a review page next to each result, or null for none (REVIEW_PAGES) */
  public ArticleProcessor(Extractor extractor, ArticleReader reader, ResultStore store, ReviewRenderer pages) {
    this.extractor = extractor;
    this.reader = reader;
    this.store = store;
    this.pages = pages;
  }

  public String extractorVersion() {
    return extractor.info().version();
  }

  /**
   * Processes one object.
   *
   * @param skipUnchanged leave an article alone when its stored result has the same content hash and
   *     extractor version (reruns); false rewrites always (S3 events: a redelivery rewrites the same bytes)
   * @throws S3UnavailableException when S3 fails; the caller lets the invocation fail so it is retried
   */
  public ArticleReport process(ObjectRef ref, boolean skipUnchanged) {
    if (store.keys().isOwnOutput(ref.bucket(), ref.key())) {
      return ArticleReport.refused(ref);
    }
    long t0 = System.nanoTime();
    ArticleReader.Read read = reader.read(ref);
    long t1 = System.nanoTime();
    String version = extractorVersion();
    if (read instanceof ArticleReader.Refused r) {
      ErrorDocument doc = new ErrorDocument(ResultDocument.SCHEMA_VERSION, r.source(), null, extractor.info(),
          new ErrorInfo(r.code(), r.message()));
      String written = store.write(ref.key(), false, doc, null, version);
      if (pages != null) store.deletePage(ref.key());
      long t2 = System.nanoTime();
      return new ArticleReport(ref.bucket(), ref.key(), ArticleOutcome.ERROR, written, r.code().name(), null,
          r.source().size(), 0, 0, ms(t1 - t0), 0, ms(t2 - t1));
    }
    ArticleReader.Bytes in = (ArticleReader.Bytes) read;
    String kind = ContentKind.of(in.bytes()).label();
    String sha = ContentHash.sha256(in.bytes());
    if (skipUnchanged) {
      Optional<StoredResult> stored = store.lookup(ref.key());
      if (stored.isPresent() && stored.get().matches(sha, version)) {
        return new ArticleReport(ref.bucket(), ref.key(), ArticleOutcome.SKIPPED, null, null, kind,
            in.bytes().length, 0, 0, ms(t1 - t0), 0, ms(System.nanoTime() - t1));
      }
    }
    Outcome outcome = extract(in.bytes(), in.source(), sha);
    long t2 = System.nanoTime();
    boolean ok = outcome instanceof Outcome.Success;
    String written = store.write(ref.key(), ok, outcome.document(), sha, version);
    if (pages != null) {
      if (outcome instanceof Outcome.Success s) store.writePage(ref.key(), pages.standalone(s.result(), in.bytes()));
      else store.deletePage(ref.key());
    }
    long t3 = System.nanoTime();
    if (outcome instanceof Outcome.Success s) {
      return new ArticleReport(ref.bucket(), ref.key(), ArticleOutcome.RESULT, written, null, kind, in.bytes().length,
          s.result().quotes().size(), s.result().entities().size(), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2));
    }
    ErrorDocument err = ((Outcome.Failure) outcome).error();
    return new ArticleReport(ref.bucket(), ref.key(), ArticleOutcome.ERROR, written, err.error().code().name(), kind,
        in.bytes().length, 0, 0, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2));
  }

  private Outcome extract(byte[] bytes, SourceRef source, String sha) {
    try {
      return extractor.extract(new ArticleInput(bytes, source));
    } catch (RuntimeException | StackOverflowError e) {
      // The facade never throws for bad input; this is the last line of defence for a bug, so
      // one article fails and the batch goes on.
      return new Outcome.Failure(new ErrorDocument(ResultDocument.SCHEMA_VERSION, source, sha, extractor.info(),
          new ErrorInfo(ErrorCode.INTERNAL, "extraction failed: " + e.getClass().getSimpleName())));
    }
  }

  private static double ms(long nanos) {
    return Math.round(nanos / 100_000.0) / 10.0;
  }
}
