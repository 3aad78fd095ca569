package dev.newsfacts.cli;

import static dev.newsfacts.cli.CliRun.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacts.Fixtures;
import dev.newsfacts.SchemaAssert;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsfacts extract} as a user runs it: files in, documents out, exit codes and messages. */
class ExtractCommandTest {
  private static final String ARTICLE = "port-dredging-straight-quotes.txt";
  private static final String OTHER = "council-budget-curly-quotes.txt";
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

  @TempDir Path tmp;



  private CliRun extract(Path in, Path out) {
    return run("extract", "--in", in.toString(), "--out", out.toString(), "--threads", "2");
  }

  private Path write(String relative, byte[] bytes) throws IOException {
    Path p = tmp.resolve("in").resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.write(p, bytes);
  }

  private Path article(String relative, String fixture) throws IOException {
    return write(relative, Fixtures.bytes(fixture));
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }

  @Test
  void mirrorsRelativePathsIntoTheOutputFolder() throws IOException {
    article("a/b.txt", ARTICLE);
    article("c.txt", OTHER);
    Path out = tmp.resolve("out");
    CliRun r = extract(tmp.resolve("in"), out);
    assertEquals(ExitCode.OK, r.exit(), r.err());
    assertEquals(List.of("a/b.txt.json", "c.txt.json"), files(out));
    JsonNode doc = SchemaAssert.assertValidFile(out.resolve("a/b.txt.json"));
    assertEquals("a/b.txt", doc.at("/source/path").asText());
    SchemaAssert.assertValidTree(out);
  }

  @Test
  void extractsASingleFileGivenAsInput() throws IOException {
    Path file = article("nested/story.txt", ARTICLE);
    Path out = tmp.resolve("out");
    CliRun r = extract(file, out);
    assertEquals(ExitCode.OK, r.exit(), r.err());
    assertEquals(List.of("story.txt.json"), files(out));
    JsonNode doc = SchemaAssert.assertValidFile(out.resolve("story.txt.json"));
    assertEquals("story.txt", doc.at("/source/path").asText());
    assertTrue(doc.get("quotes").size() > 0);
  }

  @Test
  void printsHelpOnStdoutAndExitsZero() {
    CliRun r = run("extract", "--help");
    assertEquals(ExitCode.OK, r.exit());
    assertTrue(r.out().contains("Usage: newsfacts extract") && r.out().contains("--in=DIR|FILE"), r.out());
    assertTrue(r.out().contains("Exit codes"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void listsTheCommandsForHelpWithoutACommand() {
    CliRun r = run("--help");
    assertEquals(ExitCode.OK, r.exit());
    assertTrue(r.out().contains("extract"), r.out());
  }

  @Test
  void exitsTwoAndNamesAnUnknownOption() {
    CliRun r = run("extract", "--in", tmp.toString(), "--out", tmp.resolve("out").toString(), "--fast");
    assertEquals(ExitCode.USAGE, r.exit());
    assertTrue(r.err().contains("unknown option '--fast'"), r.err());
    assertFalse(Files.exists(tmp.resolve("out")), "nothing is done on a bad command line");
  }

  @Test
  void exitsTwoWhenTheOutputFolderIsNotGiven() {
    CliRun r = run("extract", "--in", tmp.toString());
    assertEquals(ExitCode.USAGE, r.exit());
    assertTrue(r.err().contains("--out"), r.err());
  }

  @Test
  void exitsTwoOnAThreadCountThatIsNotANumber() {
    CliRun r = run("extract", "--in", tmp.toString(), "--out", tmp.resolve("out").toString(), "--threads", "many");
    assertEquals(ExitCode.USAGE, r.exit());
    assertTrue(r.err().contains("'many'"), r.err());
  }

  @Test
  void exitsTwoOnAnUnknownCommand() {
    CliRun r = run("extrakt", "--in", tmp.toString());
    assertEquals(ExitCode.USAGE, r.exit());
    assertTrue(r.err().contains("unknown command 'extrakt'"), r.err());
  }

  @Test
  void exitsTwoWhenTheOutputFolderIsTheInputFolder() throws IOException {
    article("a.txt", ARTICLE);
    CliRun r = extract(tmp.resolve("in"), tmp.resolve("in"));
    assertEquals(ExitCode.USAGE, r.exit());
    assertEquals(List.of("a.txt"), files(tmp.resolve("in")));
  }

  @Test
  void exitsThreeWhenTheInputDoesNotExist() {
    CliRun r = extract(tmp.resolve("missing"), tmp.resolve("out"));
    assertEquals(ExitCode.IO, r.exit());
    assertTrue(r.err().contains("missing") && r.err().contains("does not exist"), r.err());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void exitsThreeWhenAFileIsInTheWayOfTheOutputFolder() throws IOException {
    article("a.txt", ARTICLE);
    Path blocker = Files.writeString(tmp.resolve("out"), "not a folder");
    CliRun r = extract(tmp.resolve("in"), blocker);
    assertEquals(ExitCode.IO, r.exit());
    assertTrue(r.err().contains("cannot create the output folder"), r.err());
  }

  @Test
  void writesErrorDocumentsForEmptyAndBinaryFilesAndGoesOn() throws IOException {
    article("good.txt", ARTICLE);
    write("empty.txt", new byte[0]);
    write("img/photo.png", PNG);
    Path out = tmp.resolve("out");
    CliRun r = extract(tmp.resolve("in"), out);
    assertEquals(ExitCode.SOME_FAILED, r.exit(), r.err());
    assertEquals(List.of("empty.txt.error.json", "good.txt.json", "img/photo.png.error.json"), files(out));
    assertEquals("EMPTY", SchemaAssert.assertValidFile(out.resolve("empty.txt.error.json")).at("/error/code").asText());
    assertEquals("UNSUPPORTED_CONTENT",
        SchemaAssert.assertValidFile(out.resolve("img/photo.png.error.json")).at("/error/code").asText());
    SchemaAssert.assertValidTree(out);
    assertTrue(r.err().contains("error document for empty.txt") && r.err().contains("error document for img/photo.png"),
        r.err());
  }

  @Test
  void endsWithASummaryOfArticlesQuotesAndErrors() throws IOException {
    article("good.txt", ARTICLE);
    write("empty.txt", new byte[0]);
    CliRun r = extract(tmp.resolve("in"), tmp.resolve("out"));
    String[] lines = r.err().strip().split("\n");
    assertTrue(lines[lines.length - 1].matches("extract: 2 articles, [1-9][0-9]* quotes, 1 errors in .*"), r.err());
    SchemaAssert.assertValidTree(tmp.resolve("out"));
  }

  @Test
  void writesByteIdenticalOutputWhenRunTwiceOnTheSameInput() throws IOException {
    article("a/b.txt", ARTICLE);
    article("c.txt", OTHER);
    write("d.bin", PNG);
    extract(tmp.resolve("in"), tmp.resolve("out1"));
    extract(tmp.resolve("in"), tmp.resolve("out2"));
    List<String> names = files(tmp.resolve("out1"));
    assertEquals(names, files(tmp.resolve("out2")));
    for (String n : names) {
      assertArrayEquals(Files.readAllBytes(tmp.resolve("out1").resolve(n)), Files.readAllBytes(tmp.resolve("out2").resolve(n)), n);
    }
    SchemaAssert.assertValidTree(tmp.resolve("out1"));
  }

  @Test
  void removesAStaleErrorDocumentOnceTheArticleSucceeds() throws IOException {
    Path in = write("a.txt", new byte[0]);
    Path out = tmp.resolve("out");
    assertEquals(ExitCode.SOME_FAILED, extract(tmp.resolve("in"), out).exit());
    assertEquals(List.of("a.txt.error.json"), files(out));
    Files.write(in, Fixtures.bytes(ARTICLE));
    assertEquals(ExitCode.OK, extract(tmp.resolve("in"), out).exit());
    assertEquals(List.of("a.txt.json"), files(out));
    SchemaAssert.assertValidTree(out);
  }

  @Test
  void removesAStaleResultOnceTheArticleFails() throws IOException {
    Path in = article("a.txt", ARTICLE);
    Path out = tmp.resolve("out");
    assertEquals(ExitCode.OK, extract(tmp.resolve("in"), out).exit());
    Files.write(in, PNG);
    assertEquals(ExitCode.SOME_FAILED, extract(tmp.resolve("in"), out).exit());
    assertEquals(List.of("a.txt.error.json"), files(out));
    SchemaAssert.assertValidTree(out);
  }

  @Test
  void neverReadsItsOwnResultsWhenTheOutputFolderIsInsideTheInput() throws IOException {
    article("a.txt", ARTICLE);
    Path out = tmp.resolve("in/results");
    extract(tmp.resolve("in"), out);
    CliRun second = extract(tmp.resolve("in"), out);
    assertEquals(ExitCode.OK, second.exit(), second.err());
    assertEquals(List.of("a.txt.json"), files(out));
    assertTrue(second.err().contains("extract: 1 articles"), second.err());
  }

  @Test
  void skipsHiddenFiles() throws IOException {
    article("a.txt", ARTICLE);
    write(".DS_Store", PNG);
    write(".git/config", "[core]".getBytes(StandardCharsets.UTF_8));
    Path out = tmp.resolve("out");
    assertEquals(ExitCode.OK, extract(tmp.resolve("in"), out).exit());
    assertEquals(List.of("a.txt.json"), files(out));
  }

  @Test
  void saysSoWhenTheInputFolderHoldsNoArticles() throws IOException {
    Files.createDirectories(tmp.resolve("in"));
    CliRun r = extract(tmp.resolve("in"), tmp.resolve("out"));
    assertEquals(ExitCode.OK, r.exit());
    assertTrue(r.err().contains("no articles under"), r.err());
  }
}
