package dev.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  @TempDir static Path tmp;
  static Path results;
  static List<JsonNode> docs;

  @BeforeAll
  static void extract() {
    results = QueryFixtures.results(tmp);
    docs = QueryFixtures.documents(results);
  }

  private static CliRun export(String table, String format, Path out) {
    return CliRun.run("export", "--results", results.toString(), "--table", table, "--format", format, "--out", out.toString());
  }

  @Test
  void parquetExportReadsBackWithTheSameRowCount() {
    Path out = tmp.resolve("quotes.parquet");
    assertEquals(ExitCode.OK, export("quotes", "parquet", out).exit());
    String sql = "SELECT count(*) AS n FROM read_parquet('" + out.toString().replace("'", "''") + "')";
    CliRun back = CliRun.run("query", "--results", results.toString(), "--format", "csv", sql);
    assertEquals("n\n" + QueryFixtures.total(docs, "quotes") + "\n", back.out(), back.err());
  }

  @Test
  void csvExportHasAHeaderAndOneLinePerArticle() throws IOException {
    Path out = tmp.resolve("articles.csv");
    assertEquals(ExitCode.OK, export("articles", "csv", out).exit());
    List<String> lines = Files.readAllLines(out);
    assertTrue(lines.get(0).startsWith("article,bucket,title,language"), lines.get(0));
    assertEquals(2 + 1, lines.size(), "header plus the two results");
  }

  @Test
  void jsonLinesExportHasOneObjectPerEntity() throws IOException {
    Path out = tmp.resolve("entities.jsonl");
    assertEquals(ExitCode.OK, export("entities", "jsonl", out).exit());
    assertEquals(QueryFixtures.total(docs, "entities"), Files.readAllLines(out).size());
  }

  @Test
  void anUnknownTableIsABadCommandLine() {
    CliRun run = export("speakers", "csv", tmp.resolve("x.csv"));
    assertEquals(ExitCode.USAGE, run.exit());
    assertTrue(run.err().contains("--table must be one of"), run.err());
  }
}
