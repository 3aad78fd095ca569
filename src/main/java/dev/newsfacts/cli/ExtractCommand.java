package dev.newsfacts.cli;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.ExtractorLoading;
import dev.newsfacts.extract.ExtractorOptions;
import dev.newsfacts.extract.InputHints;
import dev.newsfacts.logging.ArticleLog;
import dev.newsfacts.logging.JsonLines;
import dev.newsfacts.run.ArticleOutcome;
import dev.newsfacts.run.ArticleRunner;
import dev.newsfacts.run.BatchRunner;
import dev.newsfacts.run.FolderSink;
import dev.newsfacts.run.FolderSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code extract --in DIR|FILE --out DIR}: the whole pipeline over local files, no AWS needed. */
@Command(name = "extract", sortOptions = false,
    header = "run extraction over a folder or file of articles, one JSON result per article",
    description = {
        "Runs extraction over every file under DIR (or one FILE) and writes one JSON document per input under"
            + " --out, mirroring relative paths: DIR/a/b.txt -> OUT/a/b.txt.json. An input that cannot be"
            + " processed (empty, binary, too large, too slow ...) gets OUT/a/b.txt.error.json instead, and the"
            + " run goes on. Hidden files (.name) are skipped.",
        "",
        "Example: newsfacts extract --in samples/articles --out out"},
    footer = {"",
        "Progress, a summary and one JSON line per error document (see README \"Logs\") go to stderr.",
        "Exit codes: 0 every input gave a result, 1 some inputs gave error documents, 2 bad command line,"
            + " 3 input or output unusable."})
final class ExtractCommand implements Callable<Integer> {
  private static final ExtractorOptions DEFAULTS = ExtractorOptions.defaults();

  @Option(names = "--in", required = true, paramLabel = "DIR|FILE",
      description = "articles to read: plain text (UTF-8, UTF-16 with BOM, else read as Windows-1252) or HTML"
          + " (the article body is used)")
  Path in;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "where results go (created when missing)")
  Path outDir;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores, ${DEFAULT-VALUE} here)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-bytes", paramLabel = "N",
      description = "largest input read, in bytes (default ${DEFAULT-VALUE}); larger ones get a TOO_LARGE error document")
  long maxBytes = DEFAULTS.maxBytes();

  @Option(names = "--truncate",
      description = "read the first --max-bytes of a larger input instead; the result's article.notes says so")
  boolean truncate;

  @Option(names = "--time-budget", paramLabel = "SECONDS",
      description = "time one article may take before it gets a TIMEOUT error document (default ${DEFAULT-VALUE})")
  int timeBudgetSeconds = (int) DEFAULTS.timeBudget().toSeconds();

  @Option(names = "--skip-unchanged",
      description = "leave an input alone when --out already holds its .json or .error.json for the same bytes"
          + " (contentSha256) from this extractor version; the summary counts it as skipped, and an unchanged input"
          + " with an error document still counts as an error. Options such as --max-bytes are not compared:"
          + " after changing them, run without this flag")
  boolean skipUnchanged;

  @Option(names = "--published-date", paramLabel = "YYYY-MM-DD",
      description = "reference date for every input that carries none of its own (JSON or HTML metadata, a"
          + " dateline): the result's article.publishedDate, and what relative dates such as \"on Monday\" or"
          + " \"last month\" are resolved against; article.notes says where it came from")
  String publishedDate;

  @Spec CommandSpec spec;

  private final PrintStream err;
  /** The pipeline, already loading when the caller started it before parsing; null to load it when needed. */
  private final ExtractorLoading loading;

  ExtractCommand(PrintStream err, ExtractorLoading loading) {
    this.err = err;
    this.loading = loading;
  }

  @Override
  public Integer call() {
    CommandChecks.atLeast(spec, "--threads", threads, 1);
    CommandChecks.atLeast(spec, "--max-bytes", maxBytes, 1);
    CommandChecks.atLeast(spec, "--time-budget", timeBudgetSeconds, 1);
    InputHints hints = InputHints.defaultDate(referenceDate());
    ExtractorOptions bounds = new ExtractorOptions(maxBytes, truncate, Duration.ofSeconds(timeBudgetSeconds));
    return execute(bounds, hints);
  }

  /** The {@code --published-date} as a date, null when not given; anything but a real YYYY-MM-DD is a bad command line. */
  private LocalDate referenceDate() {
    if (publishedDate == null) return null;
    try {
      return LocalDate.parse(publishedDate.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw badCommandLine("--published-date must be a date written YYYY-MM-DD, not '" + publishedDate + "'");
    }
  }

  /** A bad command line found while running: picocli's when it read the line, else a new one over this command ({@link PlainExtract}). */
  private ParameterException badCommandLine(String message) {
    return new ParameterException(spec != null ? spec.commandLine() : new CommandLine(this), message);
  }

  private int execute(ExtractorOptions bounds, InputHints hints) {
    if (!Files.exists(in)) {
      err.println("newsfacts extract: input " + in + " does not exist");
      return ExitCode.IO;
    }
    if (Files.isDirectory(in) && in.toAbsolutePath().normalize().equals(outDir.toAbsolutePath().normalize())) {
      throw badCommandLine("--out must not be the input folder itself (use a subfolder or another folder)");
    }
    // before any article is read (the models may be loading meanwhile): an unwritable --out fails in a second
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      err.println("newsfacts extract: cannot create the output folder " + outDir + ": " + FolderSink.reason(e));
      return ExitCode.IO;
    }
    try {
      FolderSink.probe(outDir);
    } catch (IOException e) {
      err.println("newsfacts extract: cannot write to the output folder " + outDir + ": " + FolderSink.reason(e));
      return ExitCode.IO;
    }
    FolderSource inputs;
    try {
      inputs = FolderSource.list(in, outDir, hints);
    } catch (IOException e) {
      err.println("newsfacts extract: cannot read the input " + in + ": " + FolderSink.reason(e));
      return ExitCode.IO;
    }
    int n = inputs.files().size();
    if (n == 0) err.println("newsfacts extract: no articles under " + in + " (hidden files are skipped)");
    long t0 = System.nanoTime();
    Extractor extractor = (loading != null ? loading : ExtractorLoading.start()).extractor(bounds);
    RunId runId = new RunId();
    Progress progress = new Progress(err, n);
    List<BatchRunner.Item> items = new BatchRunner(new ArticleRunner(extractor, new FolderSink(outDir)), threads)
        .run(inputs.files(), skipUnchanged, item -> {
          if (item.failure() != null) err.println("extract: " + item.failure().getMessage());
          else if (item.report().outcome() == ArticleOutcome.ERROR) {
            JsonLines.write(err, ArticleLog.of(runId.get(), item.report()));
          }
          progress.tick();
        });
    RunSummary summary = RunSummary.of(items);
    double seconds = (System.nanoTime() - t0) / 1e9;
    err.println(summary.describe(seconds));
    if (summary.writeFailures() > 0) return ExitCode.IO;
    return summary.errors() > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
  }
}
