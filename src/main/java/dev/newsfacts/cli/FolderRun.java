package dev.newsfacts.cli;

import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.InputHints;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.json.ResultJson;
import dev.newsfacts.logging.ArticleLog;
import dev.newsfacts.logging.JsonLines;
import dev.newsfacts.model.ErrorCode;
import dev.newsfacts.model.ErrorDocument;
import dev.newsfacts.model.ErrorInfo;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs the extractor over local files on N threads and writes one document per input. */
final class FolderRun {
  private final Extractor extractor;
  private final Path outDir;
  private final int threads;
  private final Progress progress;
  /** Messages and JSON log lines of the run (stderr). */
  private final PrintStream err;
  /** Groups the log lines of one run, as a Lambda request id groups those of one event. */
  private final String runId = "cli-" + UUID.randomUUID();
  /** Documents of an earlier run that may be kept ({@code --skip-unchanged}), or null to process everything. */
  private final StoredDocuments stored;
  /** What the command line says about every input (a reference date for those that carry none). */
  private final InputHints hints;

  FolderRun(Extractor extractor, Path outDir, int threads, Progress progress, PrintStream err) {
    this(extractor, outDir, threads, progress, err, false);
  }

  FolderRun(Extractor extractor, Path outDir, int threads, Progress progress, PrintStream err, boolean skipUnchanged) {
    this(extractor, outDir, threads, progress, err, skipUnchanged, InputHints.NONE);
  }

  FolderRun(Extractor extractor, Path outDir, int threads, Progress progress, PrintStream err, boolean skipUnchanged,
      InputHints hints) {
    this.hints = hints;
    this.extractor = extractor;
    this.outDir = outDir;
    this.threads = threads;
    this.progress = progress;
    this.err = err;
    this.stored = skipUnchanged ? new StoredDocuments(outDir, extractor.info().version()) : null;
  }

  RunSummary run(List<InputFile> inputs) {
    AtomicInteger quotes = new AtomicInteger();
    AtomicInteger writeFailures = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger();
    List<String> failed = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (InputFile f : inputs) {
        jobs.add(pool.submit(() -> {
          var kept = stored == null ? java.util.Optional.<StoredDocuments.Kept>empty() : stored.unchanged(f);
          if (kept.isPresent()) {
            // its document stays as it is and still counts: an unchanged bad input is still an error
            skipped.incrementAndGet();
            quotes.addAndGet(kept.get().quotes());
            if (kept.get().error()) failed.add(f.relative());
            progress.tick();
            return;
          }
          long t0 = System.nanoTime();
          Outcome o = process(f);
          if (o instanceof Outcome.Success s) {
            quotes.addAndGet(s.result().quotes().size());
          } else {
            failed.add(f.relative());
            JsonLines.write(err, ArticleLog.of(runId, o, Duration.ofNanos(System.nanoTime() - t0)));
          }
          if (!write(f, o)) writeFailures.incrementAndGet();
          progress.tick();
        }));
      }
      for (Future<?> j : jobs) j.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a worker failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    Collections.sort(failed);
    return new RunSummary(inputs.size(), failed.size(), quotes.get(), writeFailures.get(), List.copyOf(failed),
        skipped.get());
  }

  private Outcome process(InputFile f) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(f.path());
    } catch (IOException | OutOfMemoryError e) {
      SourceRef src = SourceRef.local(f.relative(), -1, null);
      return new Outcome.Failure(new ErrorDocument(ResultDocument.SCHEMA_VERSION, src, null, extractor.info(),
          new ErrorInfo(ErrorCode.UNREADABLE, "cannot read the input: " + e.getClass().getSimpleName())));
    }
    SourceRef src = SourceRef.local(f.relative(), bytes.length, null);
    try {
      return extractor.extract(new ArticleInput(bytes, src, hints));
    } catch (RuntimeException | Error e) {
      // last line of defence: one article fails, the batch goes on, and the failure is on record
      return new Outcome.Failure(new ErrorDocument(ResultDocument.SCHEMA_VERSION, src, null, extractor.info(),
          new ErrorInfo(ErrorCode.INTERNAL, "extraction failed: " + e.getClass().getSimpleName())));
    }
  }

  /** Writes atomically and removes the stale counterpart (an old error after a success, or the reverse). */
  private boolean write(InputFile f, Outcome o) {
    Path result = outDir.resolve(f.relative() + ".json");
    Path error = outDir.resolve(f.relative() + ".error.json");
    Path target = o instanceof Outcome.Success ? result : error;
    Path stale = o instanceof Outcome.Success ? error : result;
    try {
      Files.createDirectories(target.getParent());
      Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
      Files.write(tmp, ResultJson.toBytes(o.document()));
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      Files.deleteIfExists(stale);
      return true;
    } catch (IOException e) {
      err.println("extract: cannot write " + target + ": " + e.getMessage());
      return false;
    }
  }
}
