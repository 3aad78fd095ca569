package dev.newsfacts.extract;

import dev.newsfacts.SchemaAssert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.BadInput.Read;
import dev.newsfacts.extract.BadInput.Refused;
import dev.newsfacts.model.ErrorDocument;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import dev.newsfacts.testing.OffsetCheck;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of hostile input ends as exactly the expected document: the expected error
 * code, or a result whose offsets index its text. Timings are measured by
 * {@link BadInputTimings}, never asserted here.
 */
class BadInputSuiteTest {
  /** One extractor per set of bounds: loading the models is the slow part. */
  private static final Map<ExtractorOptions, Extractor> EXTRACTORS = new HashMap<>();

  static List<BadInput> badInputs() {
    return BadInputs.all();
  }

  static synchronized Extractor extractorFor(ExtractorOptions options) {
    return EXTRACTORS.computeIfAbsent(options, Extractor::create);
  }

  @Test
  void coversAtLeastThirtyKindsOfBadInput() {
    assertTrue(BadInputs.all().size() >= 30, "kinds: " + BadInputs.all().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void givesTheExpectedDocument(BadInput input) {
    byte[] bytes = input.bytes().get();
    Outcome outcome = extractorFor(input.options())
        .extract(new ArticleInput(bytes, SourceRef.local("bad/input.txt", bytes.length, null)));

    SchemaAssert.assertValidRecord(outcome.document());
    switch (input.expected()) {
      case Refused refused -> {
        ErrorDocument error = assertInstanceOf(Outcome.Failure.class, outcome,
            () -> "expected " + refused.code() + ", got a result").error();
        assertEquals(refused.code(), error.error().code(), error.error().message());
        assertTrue(error.error().message().contains(refused.messagePart()),
            () -> "message '" + error.error().message() + "' lacks '" + refused.messagePart() + "'");
      }
      case Read read -> {
        Outcome.Success success = assertInstanceOf(Outcome.Success.class, outcome,
            () -> "expected a result, got " + ((Outcome.Failure) outcome).error().error());
        ResultDocument r = success.result();
        String text = OffsetCheck.indexedText(r, bytes);
        OffsetCheck.assertOffsetsValid(r, text);
        read.check().accept(r, text);
      }
    }
  }
}
