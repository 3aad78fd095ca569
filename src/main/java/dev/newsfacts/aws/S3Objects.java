package dev.newsfacts.aws;

import dev.newsfacts.run.Article;
import dev.newsfacts.run.ArticleSource;
import java.util.List;
import java.util.stream.Stream;

/** Named S3 objects (the records of an event, the items of a batch, keys given by hand) as a source. */
public record S3Objects(List<ObjectRef> refs, ArticleReader reader) implements ArticleSource {
  public List<S3Article> list() {
    return refs.stream().map(r -> new S3Article(r, reader)).toList();
  }

  @Override
  public Stream<Article> articles() {
    return refs.stream().map(r -> new S3Article(r, reader));
  }
}
