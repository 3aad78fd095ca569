package dev.newsfacts.run;

/**
 * The source or the sink failed (a folder not writable, S3 down), not the article: the article
 * gets no document, and the caller stops or lets the invocation be retried.
 */
public class UnavailableException extends RuntimeException {
  public UnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
