package dev.newsfacts.extract;

import dev.newsfacts.model.ErrorCode;
import dev.newsfacts.model.ResultDocument;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * One kind of hostile or broken input and the exact outcome it must give.
 *
 * @param kind what the input is, as the test's display name
 * @param bytes makes the input (generated, so no big file is committed)
 * @param options the extractor's bounds for this input
 * @param expected the error code it must give, or the checks its result must pass
 */
record BadInput(String kind, Supplier<byte[]> bytes, ExtractorOptions options, Expected expected) {
  @Override
  public String toString() {
    return kind;
  }

  sealed interface Expected {}

  /** An error document with this code whose message contains {@code messagePart}. */
  record Refused(ErrorCode code, String messagePart) implements Expected {}

  /** A result document; {@code check} gets the result and the text its offsets index. */
  record Read(BiConsumer<ResultDocument, String> check) implements Expected {}
}
