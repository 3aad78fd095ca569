package dev.newsfacts.aws;

import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.json.ResultJson;
import dev.newsfacts.model.SourceRef;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Everything a container builds once and every warm invocation reuses: the extractor (models
 * loaded), the S3 client, and the processor over them. Immutable after construction.
 */
public final class Pipeline implements AutoCloseable {
  private final AwsConfig config;
  private final S3Client s3;
  private final Extractor extractor;
  private final ArticleProcessor processor;

  private Pipeline(AwsConfig config, S3Client s3, Extractor extractor) {
    this.config = config;
    this.s3 = s3;
    this.extractor = extractor;
    this.processor = new ArticleProcessor(extractor, new ArticleReader(s3, config.maxInputBytes()),
        new ResultStore(s3, new ResultKeys(config.outputBucket(), config.resultPrefix())),
        config.reviewPages() ? new dev.newsfacts.review.ReviewRenderer() : null);
  }

  public static Pipeline create(AwsConfig config) {
    // the mapper behind the log lines, on a spare thread while the models load (documents need no mapper)
    dev.newsfacts.json.SerializerWarmUp.start(ArticleLog.class, InvocationSummary.class);
    return new Pipeline(config, S3Clients.create(config), Extractor.create());
  }

  /** Over a client and an extractor built elsewhere (local commands, tests); closing closes the client. */
  public static Pipeline create(AwsConfig config, S3Client s3, Extractor extractor) {
    return new Pipeline(config, s3, extractor);
  }

  public AwsConfig config() {
    return config;
  }

  public S3Client s3() {
    return s3;
  }

  public ArticleProcessor processor() {
    return processor;
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
