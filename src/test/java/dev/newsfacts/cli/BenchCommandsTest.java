package dev.newsfacts.cli;

import static dev.newsfacts.cli.CliRun.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The internal commands the benchmark scripts run ({@code floor}, {@code startup}); no timing is judged here. */
class BenchCommandsTest {
  @TempDir Path tmp;



  @Test
  void floorTagsEveryArticleOfTheFolderAndWritesNothing() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    String a = "port-dredging-straight-quotes.txt";
    String b = "council-budget-curly-quotes.txt";
    Files.write(in.resolve(a), Fixtures.bytes(a));
    Files.write(in.resolve(b), Fixtures.bytes(b));
    CliRun r = run("floor", "--in", in.toString(), "--threads", "2");
    assertEquals(ExitCode.OK, r.exit(), r.err());
    Matcher m = Pattern.compile("floor: (\\d+) articles, (\\d+) tokens").matcher(r.err());
    assertTrue(m.find(), r.err());
    assertEquals(2, Integer.parseInt(m.group(1)));
    int expected = Fixtures.extractor().tokenizeAndTagOnly(Fixtures.text(a)) + Fixtures.extractor().tokenizeAndTagOnly(Fixtures.text(b));
    assertEquals(expected, Integer.parseInt(m.group(2)));
    try (var files = Files.list(in)) {
      assertEquals(2, files.count());
    }
  }

  @Test
  void floorWithoutInputFolderIsAUsageError() {
    CliRun r = run("floor", "--threads", "2");
    assertEquals(ExitCode.USAGE, r.exit());
    assertTrue(r.err().contains("Missing required option: '--in=DIR'"), r.err());
  }

  @Test
  void startupReportsReadyFirstResultAndHeapInOrder() throws IOException {
    Path article = Files.write(tmp.resolve("a.txt"), Fixtures.bytes("port-dredging-straight-quotes.txt"));
    CliRun r = run("startup", "--article", article.toString());
    assertEquals(ExitCode.OK, r.exit(), r.err());
    Matcher m = Pattern.compile("-> main (\\d+) ms, -> pipeline ready (\\d+) ms, -> first result (\\d+) ms \\(result,").matcher(r.out());
    assertTrue(m.find(), r.out());
    long main = Long.parseLong(m.group(1));
    long ready = Long.parseLong(m.group(2));
    long first = Long.parseLong(m.group(3));
    assertTrue(main <= ready && ready <= first, r.out());
    assertTrue(r.out().contains("MB live after first result + GC"), r.out());
  }
}
