package dev.newsfacts.run;

import java.util.stream.Stream;

/**
 * Where articles come from: a folder or one file, named S3 objects (an event, a batch), an S3
 * listing. The articles come lazily where a source is large, so millions of keys never sit in memory.
 */
public interface ArticleSource {
  /** The articles in a stable order; close the stream when done (a listing may hold a connection). */
  Stream<Article> articles();
}
