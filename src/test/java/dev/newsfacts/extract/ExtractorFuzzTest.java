package dev.newsfacts.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newsfacts.json.ResultJson;
import dev.newsfacts.model.ErrorCode;
import dev.newsfacts.model.ErrorDocument;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import dev.newsfacts.testing.OffsetCheck;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of the whole core with Jazzer. A plain {@code mvn verify}
 * replays the regression inputs in {@code src/test/resources/dev/newsfacts/extract/ExtractorFuzzTestInputs}
 * (seeds and every finding kept); {@code JAZZER_FUZZ=1} fuzzes for {@code maxDuration}, see README.
 */
class ExtractorFuzzTest {
  private static Extractor extractor;

  @BeforeAll
  static void loadModels() {
    extractor = Extractor.create();
  }

  /**
   * Whatever the bytes: extraction returns a document and does not throw; an error is a
   * refusal with a code, never an internal failure or a timeout on a small input; a result's
   * offsets lie inside its text and quote exactly what is there; the JSON is byte-stable.
   */
  @FuzzTest(maxDuration = "2m")
  void extractionKeepsItsPromisesForAnyBytes(byte[] bytes) {
    ArticleInput input = new ArticleInput(bytes, SourceRef.local("fuzz.txt", bytes.length, null));
    Outcome outcome = extractor.extract(input);
    assertNotNull(outcome);
    byte[] json = ResultJson.toBytes(outcome.document());
    if (outcome instanceof Outcome.Failure f) {
      ErrorDocument e = f.error();
      assertNotNull(e.error().code());
      assertNotNull(e.error().message());
      assertNotEquals(ErrorCode.INTERNAL, e.error().code(), e.error().message());
      assertNotEquals(ErrorCode.TIMEOUT, e.error().code(), e.error().message());
    } else {
      ResultDocument r = ((Outcome.Success) outcome).result();
      OffsetCheck.assertOffsetsValid(r, OffsetCheck.indexedText(r, bytes));
    }
    assertArrayEquals(json, ResultJson.toBytes(extractor.extract(input).document()), "same bytes, same document");
  }
}
