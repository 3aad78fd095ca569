package dev.newsfacts.extract;

import dev.newsfacts.model.ErrorDocument;
import dev.newsfacts.model.ResultDocument;

/** What extraction gives for one input: a result, or an error document. Never nothing. */
public sealed interface Outcome {
  /** The document to write, result or error. */
  Object document();

  record Success(ResultDocument result) implements Outcome {
    @Override
    public Object document() {
      return result;
    }
  }

  record Failure(ErrorDocument error) implements Outcome {
    @Override
    public Object document() {
      return error;
    }
  }
}
