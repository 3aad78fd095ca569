package dev.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCommandTest {
  @TempDir static Path tmp;
  static Path results;
  static List<JsonNode> docs;

  @BeforeAll
  static void extract() {
    results = QueryFixtures.results(tmp);
    docs = QueryFixtures.documents(results);
  }

  private static CliRun query(String format, String sql) {
    return CliRun.run("query", "--results", results.toString(), "--format", format, sql);
  }

  @Test
  void countOfQuotesEqualsTheQuotesInTheDocuments() {
    CliRun run = query("csv", "SELECT count(*) AS n FROM quotes");
    assertEquals(ExitCode.OK, run.exit(), run.err());
    int expected = QueryFixtures.total(docs, "quotes");
    assertTrue(expected >= 6, "the fixtures hold quotes: " + expected);
    assertEquals("n\n" + expected + "\n", run.out());
  }

  @Test
  void eachQuoteIsOneRowWithItsSpeakerAndCueFlattened() {
    Map<String, JsonNode> rows = new HashMap<>();
    for (JsonNode r : QueryFixtures.rows(query("json", "SELECT * FROM quotes"))) {
      assertEquals(null, rows.put(r.get("article").asText() + "#" + r.get("id").asText(), r), "one row per quote");
    }
    int seen = 0;
    for (JsonNode d : docs) {
      for (JsonNode q : d.path("quotes")) {
        JsonNode row = rows.get(d.path("source").path("path").asText() + "#" + q.get("id").asText());
        JsonNode speaker = q.get("speaker");
        assertEquals(q.get("text"), row.get("text"));
        assertEquals(q.get("kind"), row.get("kind"));
        assertEquals(q.get("start").asLong(), row.get("start").asLong());
        assertEquals(q.get("end").asLong(), row.get("end").asLong());
        assertEquals(speaker.get("name"), row.get("speaker_name"));
        assertEquals(speaker.get("entityId"), row.get("speaker_entity_id"));
        assertEquals(speaker.get("description"), row.get("speaker_description"));
        assertEquals(speaker.path("mention").path("text").asText(null), row.get("speaker_mention").asText(null));
        assertEquals(speaker.get("resolution"), row.get("resolution"));
        assertEquals(speaker.get("rule"), row.get("rule"));
        assertEquals(q.path("cue").path("text").asText(null), row.get("cue").asText(null));
        assertEquals(q.get("confidence").asDouble(), row.get("confidence").asDouble());
        seen++;
      }
    }
    assertEquals(seen, rows.size());
  }

  @Test
  void quotesFromSubfoldersKeepTheirRelativePath() {
    CliRun run = query("csv", "SELECT DISTINCT article FROM quotes ORDER BY 1");
    assertEquals("article\nlibrary-funding-vote.txt\nlocal/harbour-ferry-strike.txt\n", run.out());
  }

  @Test
  void articlesHasOneRowPerResultDocumentWithItsCounts() {
    List<JsonNode> rows = QueryFixtures.rows(query("json", "SELECT * FROM articles ORDER BY article"));
    List<JsonNode> resultDocs = docs.stream().filter(d -> !d.has("error")).toList();
    assertEquals(resultDocs.size(), rows.size());
    for (JsonNode row : rows) {
      JsonNode d = resultDocs.stream()
          .filter(x -> x.path("source").path("path").asText().equals(row.get("article").asText())).findFirst().orElseThrow();
      assertEquals(d.path("article").path("language"), row.get("language"));
      assertEquals(d.path("article").path("counts").path("sentences").asLong(), row.get("sentences").asLong());
      assertEquals(d.path("article").path("dateline").path("location").asText(null), row.get("dateline_location").asText(null));
      assertEquals(d.path("quotes").size(), row.get("quote_count").asInt());
      assertEquals(d.path("entities").size(), row.get("entity_count").asInt());
      assertEquals(d.path("contentSha256"), row.get("content_sha256"));
    }
  }

  @Test
  void errorsHasOneRowPerErrorDocument() {
    List<JsonNode> rows = QueryFixtures.rows(query("json", "SELECT article, code, message FROM errors"));
    assertEquals(1, rows.size());
    assertEquals("blank.txt", rows.get(0).get("article").asText());
    assertEquals("EMPTY", rows.get(0).get("code").asText());
    assertTrue(!rows.get(0).get("message").asText().isBlank());
  }

  @Test
  void entitiesHaveOneRowPerEntityWithTheirMentionCounts() {
    List<JsonNode> rows = QueryFixtures.rows(query("json", "SELECT * FROM entities"));
    assertEquals(QueryFixtures.total(docs, "entities"), rows.size());
    int mentions = docs.stream().flatMap(d -> d.path("entities").valueStream()).mapToInt(e -> e.path("mentions").size()).sum();
    assertEquals(mentions, rows.stream().mapToInt(r -> r.get("mentions").asInt()).sum());
    assertTrue(rows.stream().allMatch(r -> r.get("aliases").isArray() && r.get("titles").isArray()), "lists stay lists");
  }

  @Test
  void factsHaveOneRowPerFactWithTheFieldsOfTheirKind() {
    List<JsonNode> rows = QueryFixtures.rows(query("json", "SELECT * FROM facts"));
    assertEquals(QueryFixtures.total(docs, "facts"), rows.size());
    for (JsonNode d : docs) {
      for (JsonNode f : d.path("facts")) {
        JsonNode row = rows.stream().filter(r -> r.get("article").asText().equals(d.path("source").path("path").asText())
            && r.get("id").asText().equals(f.get("id").asText())).findFirst().orElseThrow();
        assertEquals(f.get("kind"), row.get("kind"));
        switch (f.get("kind").asText()) {
          case "statistic" -> {
            assertEquals(f.path("quantity").path("value").asDouble(), row.get("value").asDouble());
            assertEquals(f.path("quantity").path("text"), row.get("quantity_text"));
          }
          case "role" -> {
            assertEquals(f.get("person"), row.get("person"));
            assertEquals(f.get("title"), row.get("title"));
          }
          default -> assertEquals(f.path("dateText").asText(null), row.get("date_text").asText(null));
        }
      }
    }
  }

  @Test
  void groupBySpeakerAnswersAsATable() {
    CliRun run = query("table", "SELECT speaker_name, count(*) AS quotes FROM quotes GROUP BY 1 ORDER BY 2 DESC, 1");
    assertEquals(ExitCode.OK, run.exit(), run.err());
    assertTrue(run.out().startsWith("speaker_name"), run.out());
    assertTrue(run.out().contains("Marta Lindqvist"), run.out());
  }

  @Test
  void badSqlPrintsTheEnginesMessageAndExits2() {
    CliRun run = query("csv", "SELECT speaker FROM quotes");
    assertEquals(ExitCode.USAGE, run.exit());
    assertTrue(run.err().contains("Binder Error"), run.err());
    assertTrue(run.err().contains("speaker"), run.err());
  }

  @Test
  void anUnknownFormatIsABadCommandLine() {
    assertEquals(ExitCode.USAGE, query("xml", "SELECT 1").exit());
  }

  @Test
  void aFolderWithoutResultsSaysSoAndExits3() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("nothing-here"));
    CliRun run = CliRun.run("query", "--results", empty.toString(), "SELECT count(*) FROM quotes");
    assertEquals(ExitCode.IO, run.exit());
    assertTrue(run.err().contains("holds no result documents"), run.err());
  }

  @Test
  void anUnreadableDocumentIsNamedSkippedAndCounted() throws IOException {
    Path mixed = tmp.resolve("mixed");
    try (var files = Files.walk(results)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path to = mixed.resolve(results.relativize(f).toString());
        Files.createDirectories(to.getParent());
        Files.copy(f, to);
      }
    }
    Path cut = mixed.resolve("local/harbour-ferry-strike.txt.json");
    String whole = Files.readString(cut);
    Files.writeString(cut, whole.substring(0, whole.length() / 2));
    CliRun run = CliRun.run("query", "--results", mixed.toString(), "--format", "csv", "SELECT count(*) AS n FROM articles");
    assertEquals(ExitCode.SOME_FAILED, run.exit(), run.err());
    assertEquals("n\n1\n", run.out(), "the other result is still answered");
    assertTrue(run.err().contains("skipped local/harbour-ferry-strike.txt.json"), run.err());
    assertTrue(run.err().contains("1 unreadable documents skipped"), run.err());
  }
}
