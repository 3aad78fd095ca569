package dev.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacts.SchemaAssert;
import dev.newsfacts.json.ResultJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the CLI on the seed article of {@code ../shared/examples/seed} and compares the result with its
 * reference through {@code check_example.py}, printing the summary line. A quality gate for quotes: every
 * reference quote must be found with its speaker's name (8 of 8 in today's seed); the other scores are
 * reported, not judged. Fails too when the result is missing, invalid, or unreadable to the checker.
 */
class SeedExampleIT {
  @Test
  void checksTheSeedArticleAgainstItsReference() throws IOException {
    Path seed = Evaluation.require(Evaluation.shared().resolve("examples/seed"));
    Path expected = Evaluation.require(seed.resolve("expected.json"));
    Path checker = Evaluation.require(Evaluation.shared().resolve("eval/check_example.py"));
    Evaluation.requirePython();
    List<Path> articles;
    try (Stream<Path> s = Files.list(seed)) {
      articles = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    assertEquals(1, articles.size(), "one seed article expected in " + seed + ", found " + articles);
    Path article = articles.get(0);

    Path out = Evaluation.freshOutput("seed");
    Evaluation.extract(article, out);
    Path result = out.resolve(article.getFileName() + ".json");
    assertTrue(Files.isRegularFile(result), "no result " + result);
    SchemaAssert.assertValidFile(result);

    Evaluation.Result check = Evaluation.python(checker, expected.toString(), result.toString());
    assertEquals(0, check.exit(), "check_example.py cannot read our output:\n" + check.stderr());
    System.out.println(check.stdout());
    System.out.println("seed summary: " + check.lastLine());

    Evaluation.Result json = Evaluation.python(checker, expected.toString(), result.toString(), "--json");
    assertEquals(0, json.exit(), json.stderr());
    JsonNode scores = ResultJson.mapper().readTree(json.stdout());
    int gold = ResultJson.mapper().readTree(expected.toFile()).path("quotes").size();
    assertEquals(1.0, scores.path("quote_e2e").asDouble(), "quality gate: " + gold + " of " + gold
        + " seed quotes found with the right speaker (quote_e2e) in\n" + check.stdout());
  }
}
