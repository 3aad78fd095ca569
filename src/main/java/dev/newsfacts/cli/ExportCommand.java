package dev.newsfacts.cli;

import dev.newsfacts.query.ExportFormat;
import dev.newsfacts.query.ResultFolder;
import dev.newsfacts.query.ResultView;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export --results DIR --table T --format F --out FILE}: one view of a folder of results as a file. */
@Command(name = "export", sortOptions = false,
    header = "one view of a folder of results as CSV, JSON Lines or Parquet",
    description = {
        "Writes every row of one view over the result documents under RESULTS_DIR (the views of 'query',"
            + " README \"SQL\") to FILE, replacing it: CSV for spreadsheets, JSON Lines, or Parquet for data"
            + " lakes. Unreadable documents are named on stderr, skipped and counted.",
        "",
        "Example: newsfacts export --results out --table quotes --format csv --out quotes.csv"},
    footer = {"", "Exit codes: 0 written, 1 written but some documents were unreadable and skipped, 2 bad command"
        + " line, 3 RESULTS_DIR missing or without any *.json, or FILE not writable."})
final class ExportCommand implements Callable<Integer> {
  @Option(names = "--results", required = true, paramLabel = "RESULTS_DIR", description = "result documents (what extract wrote)")
  Path results;

  @Option(names = "--table", required = true, paramLabel = "quotes|articles|entities|facts|errors",
      description = "the view to write")
  String table;

  @Option(names = "--format", required = true, paramLabel = "csv|jsonl|parquet", description = "the file format")
  String format;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write")
  Path out;

  @Spec
  CommandSpec spec;

  private final PrintStream err;

  ExportCommand(PrintStream err) {
    this.err = err;
  }

  @Override
  public Integer call() {
    ResultView view = CommandChecks.oneOf(spec, "--table", table, ResultView.class);
    ExportFormat fileFormat = CommandChecks.oneOf(spec, "--format", format, ExportFormat.class);
    try (ResultFolder folder = ResultsSession.open("export", results, err)) {
      if (folder == null) return ExitCode.IO;
      int skipped = ResultsSession.reportUnreadable("export", folder, err);
      folder.export(view, fileFormat, out);
      err.println("newsfacts export: " + view.sqlName() + " written to " + out);
      return skipped == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
    } catch (SQLException e) {
      int code = ResultsSession.failed("export", e, err);
      // the statement is ours: an engine error here is about the files, not the command line
      return code == ExitCode.USAGE ? ExitCode.IO : code;
    }
  }
}
