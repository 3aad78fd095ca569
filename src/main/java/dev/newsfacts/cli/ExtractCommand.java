package dev.newsfacts.cli;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.ExtractorOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** {@code extract --in DIR|FILE --out DIR}: the whole pipeline over local files, no AWS needed. */
final class ExtractCommand {
  static final String HELP = """
      Usage: newsfacts extract --in DIR|FILE --out DIR [--threads N] [--max-bytes N [--truncate]]
                               [--time-budget SECONDS] [--skip-unchanged]

      Runs extraction over every file under DIR (or one FILE) and writes one JSON document
      per input under --out, mirroring relative paths: DIR/a/b.txt -> OUT/a/b.txt.json.
      An input that cannot be processed (empty, binary, too large, too slow ...) gets
      OUT/a/b.txt.error.json instead, and the run goes on. Hidden files (.name) are skipped.

      Example: newsfacts extract --in samples/articles --out out

      Options:
        --in DIR|FILE          articles to read: plain text (UTF-8, UTF-16 with BOM, else
                               read as Windows-1252) or HTML (the article body is used)
        --out DIR              where results go (created when missing)
        --threads N            worker threads (default: all cores, %d here)
        --max-bytes N          largest input read, in bytes (default %d); larger ones get
                               a TOO_LARGE error document
        --truncate             read the first --max-bytes of a larger input instead; the
                               result's article.notes says so
        --time-budget SECONDS  time one article may take before it gets a TIMEOUT error
                               document (default %d)
        --skip-unchanged       leave an input alone when --out already holds its .json or
                               .error.json for the same bytes (contentSha256) from this
                               extractor version; the summary counts it as skipped, and an
                               unchanged input with an error document still counts as an
                               error. Options such as --max-bytes are not compared: after
                               changing them, run without this flag
        --help                 show this text

      Progress, a summary and one JSON line per error document (see README "Logs") go
      to stderr. Exit codes: 0 every input gave a result,
      1 some inputs gave error documents, 2 bad command line, 3 input or output unusable.
      """;

  private final PrintStream out;
  private final PrintStream err;

  ExtractCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(String[] args) {
    int cores = Runtime.getRuntime().availableProcessors();
    Options o;
    try {
      o = Options.parse(args, Set.of("--in", "--out", "--threads", "--max-bytes", "--time-budget"),
          Set.of("--help", "-h", "--truncate", "--skip-unchanged"));
      if (o.has("--help") || o.has("-h")) {
        out.print(help(cores));
        return ExitCode.OK;
      }
      if (o.get("--in") == null || o.get("--out") == null) {
        throw new Options.UsageException("--in and --out are required");
      }
      int threads = o.intValue("--threads", cores, 1);
      ExtractorOptions defaults = ExtractorOptions.defaults();
      ExtractorOptions bounds = new ExtractorOptions(
          o.longValue("--max-bytes", defaults.maxBytes(), 1),
          o.has("--truncate"),
          Duration.ofSeconds(o.intValue("--time-budget", (int) defaults.timeBudget().toSeconds(), 1)));
      return execute(Path.of(o.get("--in")), Path.of(o.get("--out")), threads, bounds, o.has("--skip-unchanged"));
    } catch (Options.UsageException e) {
      err.println("newsfacts extract: " + e.getMessage());
      err.print(help(cores));
      return ExitCode.USAGE;
    }
  }

  private static String help(int cores) {
    ExtractorOptions d = ExtractorOptions.defaults();
    return String.format(HELP, cores, d.maxBytes(), d.timeBudget().toSeconds());
  }

  private int execute(Path in, Path outDir, int threads, ExtractorOptions bounds, boolean skipUnchanged) {
    if (!Files.exists(in)) {
      err.println("newsfacts extract: input " + in + " does not exist");
      return ExitCode.IO;
    }
    if (Files.isDirectory(in) && in.toAbsolutePath().normalize().equals(outDir.toAbsolutePath().normalize())) {
      err.println("newsfacts extract: --out must not be the input folder itself (use a subfolder or another folder)");
      return ExitCode.USAGE;
    }
    List<InputFile> inputs;
    try {
      inputs = InputFile.list(in, outDir);
    } catch (IOException e) {
      err.println("newsfacts extract: cannot read the input " + in + ": " + reason(e));
      return ExitCode.IO;
    }
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      err.println("newsfacts extract: cannot create the output folder " + outDir + ": " + reason(e));
      return ExitCode.IO;
    }
    if (inputs.isEmpty()) err.println("newsfacts extract: no articles under " + in + " (hidden files are skipped)");
    long t0 = System.nanoTime();
    Extractor extractor = Extractor.create(bounds);
    RunSummary summary = new FolderRun(extractor, outDir, threads, new Progress(err, inputs.size()), err, skipUnchanged)
        .run(inputs);
    double seconds = (System.nanoTime() - t0) / 1e9;
    err.println(summary.describe(seconds));
    if (summary.writeFailures() > 0) return ExitCode.IO;
    return summary.errors() > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
  }

  /** Some IOExceptions carry nothing but a path as their message: say what went wrong instead. */
  private static String reason(IOException e) {
    if (e instanceof java.nio.file.FileAlreadyExistsException) return "a file of that name is in the way";
    if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
    if (e instanceof java.nio.file.NoSuchFileException) return "no such file or folder";
    return e.getMessage();
  }
}
