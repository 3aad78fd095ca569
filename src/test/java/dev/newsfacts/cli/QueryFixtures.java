package dev.newsfacts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacts.json.ResultJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of results made by running {@code extract} on the articles of src/test/resources/query
 * (one of them in a subfolder), plus an empty input that gives an error document.
 */
final class QueryFixtures {
  private QueryFixtures() {}

  /** Extracts the fixture articles into {@code root}/results and returns that folder. */
  static Path results(Path root) {
    try {
      Path articles = Files.createDirectories(root.resolve("articles/local"));
      copy("harbour-ferry-strike.txt", articles.resolve("harbour-ferry-strike.txt"));
      copy("library-funding-vote.txt", root.resolve("articles/library-funding-vote.txt"));
      Files.write(root.resolve("articles/blank.txt"), new byte[0]);
      Path results = root.resolve("results");
      CliRun run = CliRun.run("extract", "--in", root.resolve("articles").toString(), "--out", results.toString());
      if (run.exit() != ExitCode.SOME_FAILED) throw new IllegalStateException("extract: " + run.err());
      return results;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(String resource, Path to) throws IOException {
    try (InputStream in = QueryFixtures.class.getResourceAsStream("/query/" + resource)) {
      Files.write(to, in.readAllBytes());
    }
  }

  /** Every document under {@code results}, parsed. */
  static List<JsonNode> documents(Path results) {
    List<JsonNode> docs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(results)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        docs.add(ResultJson.mapper().readTree(f.toFile()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  /** The sum of the sizes of one array field over the result documents. */
  static int total(List<JsonNode> docs, String field) {
    return docs.stream().mapToInt(d -> d.path(field).size()).sum();
  }

  /** The rows of a --format json answer. */
  static List<JsonNode> rows(CliRun run) {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : run.out().split("\n")) {
      if (line.isBlank()) continue;
      try {
        rows.add(ResultJson.mapper().readTree(line));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return rows;
  }
}
