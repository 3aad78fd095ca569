package dev.newsfacts.run;

import java.util.Locale;

/** What happened to one article. */
public enum ArticleOutcome {
  /** A result document was written. */
  RESULT,
  /** An error document was written (the article is bad, not the infrastructure). */
  ERROR,
  /** Left alone: its stored document has the same content hash and extractor version. */
  SKIPPED,
  /** Not an article but the sink's own output; processing it could trigger the function again. */
  REFUSED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
