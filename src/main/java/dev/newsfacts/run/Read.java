package dev.newsfacts.run;

import dev.newsfacts.extract.InputHints;
import dev.newsfacts.model.ErrorCode;
import dev.newsfacts.model.SourceRef;

/** What reading an article gave: its bytes, or the reason it cannot be read (an error document follows). */
public sealed interface Read {
  SourceRef source();

  /** @param hints what the source knows about the article besides its bytes (S3 object metadata) */
  record Bytes(byte[] bytes, SourceRef source, InputHints hints) implements Read {
    public Bytes(byte[] bytes, SourceRef source) {
      this(bytes, source, InputHints.NONE);
    }
  }

  record Refused(SourceRef source, ErrorCode code, String message) implements Read {}
}
