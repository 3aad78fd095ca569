package dev.newsfacts.cli;

import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.json.ResultJson;
import dev.newsfacts.model.SourceRef;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code startup --article FILE} (internal, not in the usage text): how long a fresh JVM takes to
 * have the pipeline ready and to give its first result, and the heap it then holds.
 * Times count from the process start as the OS records it, so JVM boot and class loading are in.
 * Nothing is measured until the work is done, so measuring does not slow what it measures.
 */
@Command(name = "startup", hidden = true, description = "internal: cold-start figures for bench/startup.sh")
final class StartupCommand implements Callable<Integer> {
  @Option(names = "--article", required = true, paramLabel = "FILE") Path articleFile;

  private final PrintStream out;
  private final PrintStream err;
  // when the CLI was built, before picocli parsed anything: the JVM's start to main, as before
  private final long mainAt = System.currentTimeMillis();

  StartupCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    byte[] article;
    try {
      article = Files.readAllBytes(articleFile);
    } catch (IOException e) {
      err.println("newsfacts startup: cannot read " + articleFile + ": " + e.getMessage());
      return ExitCode.IO;
    }
    Extractor extractor = Extractor.create();
    long readyAt = System.currentTimeMillis();
    Runtime rt = Runtime.getRuntime();
    long usedAtReady = rt.totalMemory() - rt.freeMemory();
    Outcome first = extractor.extract(new ArticleInput(article, SourceRef.local("startup.txt", article.length, null)));
    int bytes = ResultJson.toBytes(first.document()).length;
    long firstAt = System.currentTimeMillis();
    System.gc();
    long liveAfterGc = rt.totalMemory() - rt.freeMemory();
    long start = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(mainAt);
    out.printf(Locale.ROOT, "JVM start -> main %d ms, -> pipeline ready %d ms, -> first result %d ms (%s, %d bytes)%n",
        mainAt - start, readyAt - start, firstAt - start, first instanceof Outcome.Success ? "result" : "error", bytes);
    out.printf(Locale.ROOT, "heap: %d MB in use at ready (garbage included), %d MB live after first result + GC,"
        + " %d MB committed, max %d MB%n", usedAtReady >> 20, liveAfterGc >> 20, rt.totalMemory() >> 20, rt.maxMemory() >> 20);
    return ExitCode.OK;
  }
}
