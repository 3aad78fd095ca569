package dev.newsfacts.extract;

import dev.newsfacts.model.ErrorCode;
import dev.newsfacts.model.ErrorDocument;
import dev.newsfacts.model.ErrorInfo;
import dev.newsfacts.model.ExtractorInfo;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;

/** What extraction gives for one input: a result, or an error document. Never nothing. */
public sealed interface Outcome {
  /** The document to write, result or error. */
  Object document();

  /**
   * The one place an error document is built, by the extractor and by the runner alike.
   *
   * @param sha the input's content hash, or null when it was never read
   */
  static Failure failure(SourceRef source, String sha, ExtractorInfo extractor, ErrorCode code, String message) {
    return new Failure(new ErrorDocument(ResultDocument.SCHEMA_VERSION, source, sha, extractor,
        new ErrorInfo(code, message)));
  }

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
