package dev.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacts.json.ResultJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --published-date}: the reference date of inputs that carry none of their own. */
class ExtractPublishedDateTest {
  private static final String PLAIN = """
      The harbour board approved a new ferry terminal on Tuesday after months of delay.
      Work on the pier began last month, board chair Ruth Okafor said.
      """;
  private static final String DATED_JSON = """
      {"datePublished": "2024-03-14", "articleBody": "The harbour board approved a new ferry terminal on Tuesday."}
      """;

  @TempDir
  Path dir;

  private Path inputs() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("ferry.txt"), PLAIN);
    Files.writeString(in.resolve("dated.json"), DATED_JSON);
    return in;
  }

  private JsonNode result(String name) throws Exception {
    return ResultJson.mapper().readTree(Files.readAllBytes(dir.resolve("out").resolve(name)));
  }

  @Test
  void anUndatedInputTakesTheDateAndResolvesRelativeDatesAgainstIt() throws Exception {
    CliRun run = CliRun.run("extract", "--in", inputs().toString(), "--out", dir.resolve("out").toString(),
        "--published-date", "2025-06-05");
    assertEquals(0, run.exit(), run.err());
    JsonNode r = result("ferry.txt.json");
    assertEquals("2025-06-05", r.path("article").path("publishedDate").asText());
    assertTrue(r.path("article").path("notes").toString().contains("--published-date"), r.toString());
    boolean tuesday = false;
    for (JsonNode f : r.path("facts")) tuesday |= "2025-06-03".equals(f.path("date").asText());
    assertTrue(tuesday, r.path("facts").toString());
  }

  @Test
  void anInputWithItsOwnDateKeepsIt() throws Exception {
    CliRun run = CliRun.run("extract", "--in", inputs().toString(), "--out", dir.resolve("out").toString(),
        "--published-date", "2025-06-05");
    assertEquals(0, run.exit(), run.err());
    assertEquals("2024-03-14", result("dated.json.json").path("article").path("publishedDate").asText());
  }

  @Test
  void aValueThatIsNoDateIsABadCommandLine() throws Exception {
    CliRun run = CliRun.run("extract", "--in", inputs().toString(), "--out", dir.resolve("out").toString(),
        "--published-date", "2025-02-30");
    assertEquals(2, run.exit());
    assertEquals("newsfacts extract: --published-date must be a date written YYYY-MM-DD, not '2025-02-30'",
        run.err().lines().findFirst().orElse(""));
    assertFalse(Files.exists(dir.resolve("out").resolve("ferry.txt.json")));
  }

  @Test
  void helpNamesTheOption() {
    CliRun run = CliRun.run("extract", "--help");
    assertTrue(run.out().contains("--published-date=YYYY-MM-DD"), run.out());
  }
}
