package dev.newsfacts.eval;

import java.util.Map;

/**
 * Receives each item the scorer judges wrong: a missed gold quote or attribution, a false
 * positive, a wrong speaker or cue. The types and fields are the reference scorer's
 * ({@code --errors}), with the deciding sieve's {@code rule} added where a prediction is involved.
 */
public interface ErrorSink {
  ErrorSink NONE = (article, type, fields) -> { };

  void report(String article, String type, Map<String, Object> fields);
}
