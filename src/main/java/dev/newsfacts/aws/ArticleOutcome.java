package dev.newsfacts.aws;

import java.util.Locale;

/** What happened to one input object. */
public enum ArticleOutcome {
  /** A result document was written. */
  RESULT,
  /** An error document was written (the article is bad, not the infrastructure). */
  ERROR,
  /** Left alone: its stored result has the same content hash and extractor version (reruns only). */
  SKIPPED,
  /** Not an article but this function's own output; processing it could trigger the function again. */
  REFUSED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
