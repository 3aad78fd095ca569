package dev.newsfacts.aws;

import dev.newsfacts.run.Article;
import dev.newsfacts.run.ArticleSource;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Every object under a prefix, as the scheduled rerun sees them: listed lazily, a page of 1,000
 * keys at a time, so millions of keys never sit in memory.
 */
public record S3Listing(S3Client s3, String bucket, String prefix, ArticleReader reader) implements ArticleSource {
  /** A listing page that fails (after the client's retries) throws {@link S3UnavailableException} while the stream is read. */
  @Override
  public Stream<Article> articles() {
    Iterator<S3Object> objects;
    try {
      // the paginator's iterator asks for the first page at once
      objects = s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().iterator();
    } catch (SdkException e) {
      throw cannotList(e);
    }
    Iterator<Article> articles = new Iterator<>() {
      @Override
      public boolean hasNext() {
        try {
          return objects.hasNext();
        } catch (SdkException e) {
          throw cannotList(e);
        }
      }

      @Override
      public Article next() {
        return new S3Article(new ObjectRef(bucket, objects.next().key()), reader);
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(articles, Spliterator.ORDERED), false);
  }

  private S3UnavailableException cannotList(SdkException e) {
    return new S3UnavailableException("cannot list s3://" + bucket + "/" + prefix + ": " + e.getMessage(), e);
  }
}
