package dev.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Shared steps of the evaluation runs: find {@code ../shared} (override: {@code -Dnewsfacts.shared=DIR}),
 * run the CLI exactly as a user would, and run the Python scorers. The evaluation material is only read,
 * never copied; when it or python3 is absent the tests are skipped, not failed.
 */
final class Evaluation {
  private Evaluation() {}

  static Path shared() {
    return Path.of(System.getProperty("newsfacts.shared", "../shared")).toAbsolutePath().normalize();
  }

  /** Skips the calling test unless {@code path} (under ../shared) exists. */
  static Path require(Path path) {
    assumeTrue(Files.exists(path), "evaluation material absent: " + path);
    return path;
  }

  static void requirePython() {
    boolean ok;
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      ok = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      ok = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ok = false;
    }
    assumeTrue(ok, "python3 is not available: scorer not run");
  }

  /** A fresh output folder under target/, so results of an older run can never be scored. */
  static Path freshOutput(String name) {
    Path out = Path.of("target", name).toAbsolutePath();
    if (Files.exists(out)) {
      try (Stream<Path> s = Files.walk(out)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** Runs {@code newsfacts extract}; every input of the evaluation material must give a result. */
  static void extract(Path in, Path out) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit = Main.run(new String[] {"extract", "--in", in.toString(), "--out", out.toString()}, System.out, e);
    }
    String log = err.toString(StandardCharsets.UTF_8);
    System.out.print(log);
    assertEquals(ExitCode.OK, exit, "extraction over " + in + " did not succeed for every article:\n" + log);
  }

  record Result(int exit, String stdout, String stderr) {
    String lastLine() {
      String[] lines = stdout.strip().split("\n");
      return lines[lines.length - 1];
    }
  }

  /** Runs {@code python3 script args...}; a scorer that hangs for 10 minutes is a failure. */
  static Result python(Path script, String... args) {
    List<String> cmd = new ArrayList<>(List.of("python3", script.toString()));
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).start();
      p.getOutputStream().close();
      Stream<byte[]> both = Stream.of(p.getInputStream(), p.getErrorStream()).parallel().map(Evaluation::drain);
      List<byte[]> outputs = both.toList();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError(script.getFileName() + " did not finish within 10 minutes");
      }
      return new Result(p.exitValue(), new String(outputs.get(0), StandardCharsets.UTF_8),
          new String(outputs.get(1), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static byte[] drain(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
