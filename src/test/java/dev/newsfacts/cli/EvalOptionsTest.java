package dev.newsfacts.cli;

import static dev.newsfacts.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacts.json.ResultJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval --by-rule}, {@code --json} and {@code --errors} on the small fixture split, with no results at all. */
class EvalOptionsTest {
  @TempDir Path pred;

  private static String split() throws Exception {
    return Path.of(EvalOptionsTest.class.getResource("/eval/split").toURI()).toString();
  }

  @Test
  void printsTheRuleTableBeforeTheSummaryLine() throws Exception {
    CliRun r = run("eval", "--gold", split(), "--pred", pred.toString(), "--by-rule", "--quiet");
    assertEquals(ExitCode.OK, r.exit(), r.err());
    assertTrue(r.out().contains("rule                        quotes   right   share"), r.out());
    List<String> lines = r.out().strip().lines().toList();
    assertTrue(lines.get(lines.size() - 1).startsWith("direct_f1="), "the summary stays the last line");
  }

  @Test
  void printsOneJsonObjectWithJson() throws Exception {
    CliRun r = run("eval", "--gold", split(), "--pred", pred.toString(), "--json", "--by-rule", "--quiet");
    assertEquals(ExitCode.OK, r.exit(), r.err());
    JsonNode o = ResultJson.mapper().readTree(r.out());
    assertEquals(3, o.at("/counts/articles").asInt());
    assertEquals(0.0, o.at("/summary/direct_f1").asDouble());
    assertTrue(o.get("by_rule").isObject(), r.out());
  }

  @Test
  void writesTheMissedGoldItemsToTheErrorsFile() throws Exception {
    Path errors = pred.resolve("errors.jsonl");
    CliRun r = run("eval", "--gold", split(), "--pred", pred.toString(), "--errors", errors.toString(), "--quiet");
    assertEquals(ExitCode.OK, r.exit(), r.err());
    List<String> lines = Files.readAllLines(errors);
    // 4 gold direct quotes and 4 gold attributions, none predicted
    assertEquals(8, lines.size(), lines.toString());
    assertTrue(lines.stream().allMatch(l -> l.contains("\"type\":\"direct_missed\"") || l.contains("\"type\":\"attr_missed\"")));
  }

  @Test
  void reportsAnErrorsFileThatCannotBeWritten() throws Exception {
    Path errors = pred.resolve("no-such-folder/errors.jsonl");
    CliRun r = run("eval", "--gold", split(), "--pred", pred.toString(), "--errors", errors.toString(), "--quiet");
    assertEquals(ExitCode.IO, r.exit());
    assertTrue(r.err().startsWith("newsfacts eval: cannot write"), r.err());
  }
}
