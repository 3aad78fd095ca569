package dev.newsfacts.aws;

import dev.newsfacts.run.UnavailableException;

/**
 * S3 could not be read or written (network, throttling, permissions). Not the article's fault:
 * it fails the invocation so that Lambda (or Step Functions) retries it, and the retry rewrites
 * identical bytes for the articles that did succeed.
 */
public final class S3UnavailableException extends UnavailableException {
  public S3UnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
