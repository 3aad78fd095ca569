package dev.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacts.SchemaAssert;
import dev.newsfacts.json.ResultJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the CLI over the PolNeAR dev split and scores it with {@code ../shared/eval/score.py}. Reports the
 * scores (stdout and target/polnear-dev-score.txt) without judging them; fails only when our output is
 * unusable: an article without a result, a document the schema rejects, or one the scorer cannot read.
 * Skipped when ../shared or python3 is absent.
 */
class PolnearEvaluationIT {
  /** Counters of score.py that mean our documents are malformed, whatever the scores. */
  private static final List<String> MUST_BE_ZERO = List.of(
      "pred_missing_files", "pred_error_documents", "pred_unreadable_files", "pred_invalid_quotes",
      "pred_text_mismatches");

  @Test
  void scoresTheDevSplitWithTheSharedScorer() throws IOException {
    Path dev = Evaluation.require(Evaluation.shared().resolve("datasets/polnear/dev"));
    Path scorer = Evaluation.require(Evaluation.shared().resolve("eval/score.py"));
    Path text = Evaluation.require(dev.resolve("text"));
    Evaluation.requirePython();

    Path out = Evaluation.freshOutput("polnear-dev");
    Evaluation.extract(text, out);
    int documents = SchemaAssert.assertValidTree(out);
    System.out.println("polnear-dev: " + documents + " documents valid against the schema");

    Evaluation.Result table = Evaluation.python(scorer, "--gold", dev.toString(), "--pred", out.toString());
    assertEquals(0, table.exit(), "score.py cannot read our output:\n" + table.stderr());
    Files.writeString(Path.of("target", "polnear-dev-score.txt"), table.stdout(), StandardCharsets.UTF_8);
    System.out.println(table.stdout());
    System.out.println("polnear-dev summary: " + table.lastLine());

    Evaluation.Result json = Evaluation.python(scorer, "--gold", dev.toString(), "--pred", out.toString(), "--json",
        "--quiet");
    assertEquals(0, json.exit(), json.stderr());
    JsonNode counts = ResultJson.mapper().readTree(json.stdout()).path("counts");
    for (String counter : MUST_BE_ZERO) {
      assertEquals(0, counts.path(counter).asInt(-1), counter + " (score.py counts) in " + counts);
    }
  }
}
