package dev.newsfacts.extract.text;

import dev.newsfacts.model.ErrorCode;

/** An input that is not an article we can read; becomes an error document, never a crash. */
public final class InputRejectedException extends Exception {
  private final ErrorCode code;

  public InputRejectedException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
