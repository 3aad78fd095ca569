package dev.newsfacts.eval;

/** Gold or prediction files that cannot be read or parsed; the message names the file. */
public final class EvalInputException extends Exception {
  public EvalInputException(String message) {
    super(message);
  }

  public EvalInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
