package dev.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands that cannot succeed say so at once, in one line, before doing any work. */
class FailFastTest {
  @TempDir Path tmp;

  /** A folder this process cannot write to: read-only permissions, or (as root, who ignores them) /sys. */
  private Path unwritableFolder() throws IOException {
    Path ro = Files.createDirectory(tmp.resolve("read-only"));
    Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
    if (!canWrite(ro)) return ro;
    Path sys = Path.of("/sys");
    Assumptions.assumeTrue(Files.isDirectory(sys) && !canWrite(sys), "no folder here that this user cannot write");
    return sys;
  }

  private static boolean canWrite(Path dir) {
    try {
      Files.delete(Files.createTempFile(dir, "probe", ""));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static CliRun run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), env);
    return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anUnwritableOutputFolderEndsTheRunAtOnceWithTheReason() throws IOException {
    Path in = Files.createDirectory(tmp.resolve("in"));
    Files.writeString(in.resolve("story.txt"), "\"We are ready,\" the mayor said on Monday.");
    Path out = unwritableFolder();

    long t0 = System.nanoTime();
    CliRun r = CliRun.run("extract", "--in", in.toString(), "--out", out.toString());
    double seconds = (System.nanoTime() - t0) / 1e9;

    assertEquals(ExitCode.IO, r.exit(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("newsfacts extract: cannot write to the output folder " + out + ": "), r.err());
    assertTrue(r.err().contains("denied") || r.err().contains("read-only"), "the OS reason: " + r.err());
    assertTrue(seconds < 3, "took " + seconds + " s");
  }

  @Test
  void evalStopsWhenThePredictionFolderHoldsNoResultForAnyGoldArticle() throws Exception {
    Path gold = Path.of(FailFastTest.class.getResource("/eval/split").toURI());
    Path wrong = Files.createDirectory(tmp.resolve("not-the-results"));

    CliRun r = CliRun.run("eval", "--gold", gold.toString(), "--pred", wrong.toString());

    assertEquals(ExitCode.IO, r.exit(), r.err());
    assertTrue(r.err().contains("holds no result for any of the"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void invokeRefusesADistributedMapBatchAndNamesTheHandlerThatTakesIt() {
    CliRun r = run(Map.of("OUTPUT_BUCKET", "newsfacts-out"), "invoke", "--event", "events/map-batch.json");

    assertEquals(ExitCode.USAGE, r.exit(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("RerunHandler"), r.err());
  }

  @Test
  void invokeRefusesJsonThatIsNoEventAtAll() throws IOException {
    Path event = Files.writeString(tmp.resolve("note.json"), "{\"hello\": \"world\"}");

    CliRun r = run(Map.of("OUTPUT_BUCKET", "newsfacts-out"), "invoke", "--event", event.toString());

    assertEquals(ExitCode.USAGE, r.exit(), r.err());
    assertTrue(r.err().contains("not an event any handler takes"), r.err());
  }
}
