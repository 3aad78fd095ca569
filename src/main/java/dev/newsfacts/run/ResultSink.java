package dev.newsfacts.run;

import dev.newsfacts.extract.Outcome;
import dev.newsfacts.model.SourceRef;
import java.util.Optional;

/** Where documents go: a folder, S3, or either with review pages beside the results ({@link PageSink}). */
public interface ResultSink {
  /**
   * True for an object this sink writes (or may write): processing it would write into the
   * watched location and could trigger the function again, so it is refused unread.
   */
  default boolean owns(SourceRef origin) {
    return false;
  }

  /** The document stored for an article, when there is one (for skipping unchanged articles). */
  Optional<Stored> stored(String name);

  /**
   * Writes the outcome's document and removes its stale counterpart (an old error document once the
   * article succeeds, or the reverse), so exactly one of the two exists per article.
   *
   * @param article the article's bytes, or null when it could not be read
   * @return where the document went (a key or a path)
   * @throws UnavailableException when it cannot be written
   */
  String write(String name, Outcome outcome, byte[] article);

  /**
   * What a stored document says about itself.
   *
   * @param errorCode the stored error document's code, or null for a result (or when the store does not say)
   * @param quotes its quotes, or 0 when the store does not say (S3 keeps only metadata at hand)
   */
  record Stored(String contentSha256, String extractorVersion, boolean error, String errorCode, int quotes) {
    /** Same bytes, same extractor: extracting again would write the same document. */
    public boolean matches(String sha, String version) {
      return sha != null && sha.equals(contentSha256) && version.equals(extractorVersion);
    }
  }
}
