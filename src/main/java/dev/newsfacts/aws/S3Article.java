package dev.newsfacts.aws;

import dev.newsfacts.model.SourceRef;
import dev.newsfacts.run.Article;
import dev.newsfacts.run.Read;

/** One S3 object as an article: named by an event, a batch item or a listing; its result is named after its key. */
public record S3Article(ObjectRef ref, ArticleReader reader) implements Article {
  @Override
  public String name() {
    return ref.key();
  }

  @Override
  public SourceRef origin() {
    return SourceRef.s3(ref.bucket(), ref.key(), null, null, -1, null);
  }

  /** @throws S3UnavailableException when S3 fails for reasons other than the object being gone */
  @Override
  public Read read() {
    return reader.read(ref);
  }
}
