package dev.newsfacts.cli;

import dev.newsfacts.extract.Extractor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code floor --in DIR [--threads N]} (internal, not in the usage text): the OpenNLP sentence +
 * token + POS pass alone over the same files and threads as {@code extract}, reading but writing
 * nothing. It is the floor that {@code bench/whole-process.sh} divides extraction time by.
 */
@Command(name = "floor", hidden = true, description = "internal: the OpenNLP floor for bench/whole-process.sh")
final class FloorCommand implements Callable<Integer> {
  @Option(names = "--in", required = true, paramLabel = "DIR") Path in;
  @Option(names = "--threads", paramLabel = "N") int threads = Runtime.getRuntime().availableProcessors();
  @Spec CommandSpec spec;

  private final PrintStream err;

  FloorCommand(PrintStream err) {
    this.err = err;
  }

  @Override
  public Integer call() {
    CommandChecks.atLeast(spec, "--threads", threads, 1);
    List<InputFile> inputs;
    try {
      inputs = InputFile.list(in, in.resolve(".none"));
    } catch (IOException e) {
      err.println("newsfacts floor: cannot read " + in + ": " + e.getMessage());
      return ExitCode.IO;
    }
    long t0 = System.nanoTime();
    Extractor extractor = Extractor.create();
    AtomicLong tokens = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (InputFile f : inputs) {
        jobs.add(pool.submit(() -> {
          String text = new String(Files.readAllBytes(f.path()), StandardCharsets.UTF_8);
          tokens.addAndGet(extractor.tokenizeAndTagOnly(text));
          return null;
        }));
      }
      for (Future<?> j : jobs) j.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCode.IO;
    } catch (java.util.concurrent.ExecutionException e) {
      err.println("newsfacts floor: " + e.getCause());
      return ExitCode.IO;
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    err.println(String.format(Locale.ROOT, "floor: %d articles, %d tokens in %.1f s (%.1f articles/s)",
        inputs.size(), tokens.get(), seconds, inputs.size() / seconds));
    return ExitCode.OK;
  }
}
