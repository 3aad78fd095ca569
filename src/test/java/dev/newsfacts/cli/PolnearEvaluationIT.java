package dev.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacts.SchemaAssert;
import dev.newsfacts.eval.EvalInputException;
import dev.newsfacts.eval.Score;
import dev.newsfacts.eval.ScoreTable;
import dev.newsfacts.eval.Scorer;
import dev.newsfacts.json.ResultJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the CLI over the PolNeAR dev split and scores it, with {@code newsfacts eval} and with
 * {@code ../shared/eval/score.py}. Reports the scores (stdout and target/polnear-dev-score.txt) and is the
 * quality gate: fails when dev falls below direct F1 0.95, speaker accuracy 0.85 or attribution F1 0.68,
 * and when our output is unusable (an article without a result, a document the schema rejects, or one
 * the scorer cannot read). Skipped when ../shared is absent; the score.py part when python3 is.
 */
class PolnearEvaluationIT {
  /** The floors of the quality gate on the dev split: measured 0.958, 0.858, 0.697 before they were set. */
  private static final double MIN_DIRECT_F1 = 0.95;
  private static final double MIN_SPEAKER_ACC = 0.85;
  private static final double MIN_ATTR_F1 = 0.68;

  /** Counters of score.py that mean our documents are malformed, whatever the scores. */
  private static final List<String> MUST_BE_ZERO = List.of(
      "pred_missing_files", "pred_error_documents", "pred_unreadable_files", "pred_invalid_quotes",
      "pred_text_mismatches");

  @Test
  void scoresTheDevSplitAboveTheQualityGate() throws IOException, EvalInputException {
    Path dev = Evaluation.require(Evaluation.shared().resolve("datasets/polnear/dev"));
    Path text = Evaluation.require(dev.resolve("text"));

    Path out = Evaluation.freshOutput("polnear-dev");
    Evaluation.extract(text, out);
    int documents = SchemaAssert.assertValidTree(out);
    System.out.println("polnear-dev: " + documents + " documents valid against the schema");

    Score ours = Scorer.score(dev, out, 1, false, w -> { });
    System.out.println(ScoreTable.ruleTable(ours));
    System.out.println("polnear-dev gate: " + ScoreTable.summaryLine(ours));
    Map<String, Double> s = ours.summary();
    assertAll("quality gate on PolNeAR dev",
        () -> assertTrue(s.get("direct_f1") >= MIN_DIRECT_F1, "direct_f1 " + s.get("direct_f1") + " < " + MIN_DIRECT_F1),
        () -> assertTrue(s.get("speaker_acc") >= MIN_SPEAKER_ACC,
            "speaker_acc " + s.get("speaker_acc") + " < " + MIN_SPEAKER_ACC),
        () -> assertTrue(s.get("attr_f1") >= MIN_ATTR_F1, "attr_f1 " + s.get("attr_f1") + " < " + MIN_ATTR_F1));

    Path scorer = Evaluation.require(Evaluation.shared().resolve("eval/score.py"));
    Evaluation.requirePython();

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
