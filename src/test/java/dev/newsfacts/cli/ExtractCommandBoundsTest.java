package dev.newsfacts.cli;

import dev.newsfacts.SchemaAssert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacts.json.ResultJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's bounds flags and its JSON error lines. */
class ExtractCommandBoundsTest {
  private static final String ARTICLE = """
      HARBOR CITY (Metro Wire) — Ferry service resumed on Friday after a three-day strike.
      “Riders have been patient with us,” port director Samuel Okoye said on the dock.
      """;

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private Path input() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("ferry.txt"), ARTICLE);
    Files.write(in.resolve("scan.txt"), "%PDF-1.5\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1));
    return in;
  }

  private List<JsonNode> jsonLines() throws Exception {
    List<JsonNode> lines = new java.util.ArrayList<>();
    for (String l : err.toString(StandardCharsets.UTF_8).split("\n")) {
      if (l.startsWith("{")) lines.add(ResultJson.mapper().readTree(l));
    }
    return lines;
  }

  @Test
  void helpDocumentsTheBoundsFlags() {
    assertEquals(0, run("extract", "--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    assertTrue(help.contains("--max-bytes=N") && help.contains("--truncate") && help.contains("--time-budget"), help);
  }

  @Test
  void writesOneJsonErrorLinePerErrorDocument() throws Exception {
    Path in = input();
    assertEquals(1, run("extract", "--in", in.toString(), "--out", dir.resolve("out").toString(), "--threads", "1"));

    List<JsonNode> lines = jsonLines();
    assertEquals(1, lines.size(), err.toString(StandardCharsets.UTF_8));
    assertEquals("scan.txt", lines.get(0).path("path").asText());
    assertEquals("UNSUPPORTED_CONTENT", lines.get(0).path("errorCode").asText());
    assertTrue(lines.get(0).path("requestId").asText().startsWith("cli-"));
  }

  @Test
  void refusesInputsOverMaxBytes() throws Exception {
    Path in = input();
    Path outDir = dir.resolve("out");
    assertEquals(1, run("extract", "--in", in.toString(), "--out", outDir.toString(), "--max-bytes", "40"));

    JsonNode error = SchemaAssert.assertValidRecord(
        ResultJson.mapper().readValue(Files.readAllBytes(outDir.resolve("ferry.txt.error.json")), Object.class));
    assertEquals("TOO_LARGE", error.path("error").path("code").asText());
  }

  @Test
  void truncatesInsteadWhenAsked() throws Exception {
    Path in = input();
    Path outDir = dir.resolve("out");
    run("extract", "--in", in.toString(), "--out", outDir.toString(), "--max-bytes", "100", "--truncate");

    JsonNode result = SchemaAssert.assertValidRecord(
        ResultJson.mapper().readValue(Files.readAllBytes(outDir.resolve("ferry.txt.json")), Object.class));
    assertTrue(result.path("article").path("notes").get(0).asText().startsWith("truncated: read the first 100 of "),
        result.toString());
  }

  @Test
  void rejectsAMaxBytesThatIsNotANumber() {
    assertEquals(2, run("extract", "--in", "x", "--out", "y", "--max-bytes", "lots"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--max-bytes") && err.toString(StandardCharsets.UTF_8).contains("'lots'"));
  }
}
