package dev.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain {@code extract --in X --out Y} read without picocli, and everything else left to picocli. */
class PlainExtractTest {
  @TempDir Path tmp;

  private static ExtractCommand parse(String... args) {
    return PlainExtract.parse(args, System.err, null);
  }

  @Test
  void readsBothFoldersInEitherOrder() {
    ExtractCommand c = parse("extract", "--out", "results", "--in", "articles");
    assertEquals(Path.of("articles"), c.in);
    assertEquals(Path.of("results"), c.outDir);
  }

  @Test
  void keepsTheDefaultsOfEveryOtherOption() {
    ExtractCommand c = parse("extract", "--in", "articles", "--out", "results");
    assertEquals(Runtime.getRuntime().availableProcessors(), c.threads);
    assertNull(c.publishedDate);
  }

  @Test
  void leavesAnotherOptionToPicocli() {
    assertNull(parse("extract", "--in", "articles", "--threads", "2"));
    assertNull(parse("extract", "--in", "articles", "--out", "results", "--truncate"));
  }

  @Test
  void leavesAFolderGivenTwiceToPicocli() {
    assertNull(parse("extract", "--in", "articles", "--in", "results"));
  }

  @Test
  void leavesAValueThatLooksLikeAnOptionOrAnArgumentFileToPicocli() {
    assertNull(parse("extract", "--in", "--help", "--out", "results"));
    assertNull(parse("extract", "--in", "@args.txt", "--out", "results"));
  }

  @Test
  void leavesAnotherCommandToPicocli() {
    assertNull(parse("review", "--in", "results", "--out", "site"));
  }

  @Test
  void writesTheSameResultAsTheSameRunThroughPicocli() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.write(in.resolve("a.txt"), Fixtures.bytes("port-dredging-straight-quotes.txt"));
    CliRun plain = CliRun.run("extract", "--in", in.toString(), "--out", tmp.resolve("plain").toString());
    CliRun picocli = CliRun.run("extract", "--in", in.toString(), "--out", tmp.resolve("picocli").toString(), "--threads", "1");
    assertEquals(ExitCode.OK, plain.exit(), plain.err());
    assertEquals(picocli.exit(), plain.exit());
    assertEquals(Files.readString(tmp.resolve("picocli/a.txt.json")), Files.readString(tmp.resolve("plain/a.txt.json")));
  }

  @Test
  void reportsABadCommandLineFoundWhileRunningAsPicocliDoes() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    CliRun r = CliRun.run("extract", "--in", in.toString(), "--out", in.toString());
    assertEquals(ExitCode.USAGE, r.exit());
    assertTrue(r.err().contains("--out must not be the input folder itself"), r.err());
  }
}
