package dev.newsfacts.aws;

import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.json.ResultJson;
import dev.newsfacts.model.SourceRef;
import dev.newsfacts.run.ArticleRunner;
import dev.newsfacts.run.PageSink;
import dev.newsfacts.run.ResultSink;
import java.nio.charset.StandardCharsets;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Everything a container builds once and every warm invocation reuses: the extractor (models
 * loaded, bounded by the function's settings), the S3 client, the reader and the result store,
 * and the article runner over them. Immutable after construction.
 */
public final class Pipeline implements AutoCloseable {
  private final AwsConfig config;
  private final S3Client s3;
  private final Extractor extractor;
  private final ArticleReader reader;
  private final ArticleRunner runner;

  private Pipeline(AwsConfig config, S3Client s3, Extractor extractor) {
    this.config = config;
    this.s3 = s3;
    this.extractor = extractor;
    this.reader = new ArticleReader(s3, config.maxInputBytes());
    ResultStore store = new ResultStore(s3, new ResultKeys(config.outputBucket(), config.resultPrefix()));
    ResultSink sink = config.reviewPages() ? new PageSink(store, store) : store;
    this.runner = new ArticleRunner(extractor, sink);
  }

  /** The Lambda's pipeline: the client from the environment, the extractor bounded by {@code config}. */
  public static Pipeline create(AwsConfig config) {
    // the mapper behind the log lines, on a spare thread while the models load (documents need no mapper)
    dev.newsfacts.json.SerializerWarmUp.start(dev.newsfacts.logging.ArticleLog.class, InvocationSummary.class);
    return create(config, S3Clients.create(config));
  }

  /** Over a client built elsewhere (local commands, tests); the extractor is bounded by {@code config}. */
  public static Pipeline create(AwsConfig config, S3Client s3) {
    return new Pipeline(config, s3, Extractor.create(config.extractorOptions()));
  }

  /** Over a client and an extractor built elsewhere (tests sharing one extractor); closing closes the client. */
  public static Pipeline create(AwsConfig config, S3Client s3, Extractor extractor) {
    return new Pipeline(config, s3, extractor);
  }

  public AwsConfig config() {
    return config;
  }

  public S3Client s3() {
    return s3;
  }

  public ArticleRunner runner() {
    return runner;
  }

  /** Named objects (an event's records, a batch's items) as a source. */
  public S3Objects objects(List<ObjectRef> refs) {
    return new S3Objects(refs, reader);
  }

  /** One object as an article. */
  public S3Article article(ObjectRef ref) {
    return new S3Article(ref, reader);
  }

  /** Every object under a prefix, listed lazily. */
  public S3Listing listing(String bucket, String prefix) {
    return new S3Listing(s3, bucket, prefix, reader);
  }

  /**
   * Runs extraction and serialisation over a built-in article a few times, so that a SnapStart
   * snapshot holds loaded classes and warmed code paths. No S3 call: credentials and connections
   * must not be baked into the snapshot. Returns the number of quotes found, so the work is used.
   */
  public int prime() {
    byte[] bytes = PrimingArticle.TEXT.getBytes(StandardCharsets.UTF_8);
    SourceRef src = SourceRef.s3("priming", "priming.txt", null, null, bytes.length, "text/plain");
    int quotes = 0;
    for (int i = 0; i < 3; i++) {
      Outcome o = extractor.extract(new ArticleInput(bytes, src));
      ResultJson.toBytes(o.document());
      if (o instanceof Outcome.Success s) quotes += s.result().quotes().size();
    }
    return quotes;
  }

  @Override
  public void close() {
    s3.close();
  }
}
