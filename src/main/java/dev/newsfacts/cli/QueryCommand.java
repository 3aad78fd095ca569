package dev.newsfacts.cli;

import dev.newsfacts.query.ResultFolder;
import dev.newsfacts.query.RowFormat;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query --results DIR [--format table|csv|json] SQL}: SQL over a folder of results. */
@Command(name = "query", sortOptions = false,
    header = "SQL over a folder of results: views articles, quotes, entities, facts, errors",
    description = {
        "Runs one SQL statement (DuckDB's dialect, embedded: no server) over the result documents under"
            + " RESULTS_DIR at any depth, through the views articles (one row per result), quotes (one row per"
            + " quote, speaker and cue flattened), entities, facts (one row per fact, the fields of every kind)"
            + " and errors (one row per error document). Columns: README \"SQL\". A file that is not a result"
            + " or error document is named on stderr, skipped and counted.",
        "",
        "Example: newsfacts query --results out \"SELECT speaker_name, count(*) FROM quotes GROUP BY 1 ORDER BY 2 DESC\""},
    footer = {"", "Exit codes: 0 answered, 1 answered but some documents were unreadable and skipped, 2 bad command"
        + " line or a statement the engine rejects (its message on stderr), 3 RESULTS_DIR missing or without any"
        + " *.json."})
final class QueryCommand implements Callable<Integer> {
  @Option(names = "--results", required = true, paramLabel = "RESULTS_DIR", description = "result documents (what extract wrote)")
  Path results;

  @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
      description = "table (aligned, for reading; default), csv (header row) or json (one object per line)")
  String format;

  @Parameters(paramLabel = "SQL", description = "one SQL statement, quoted for the shell")
  String sql;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  private final PrintStream out;
  private final PrintStream err;

  QueryCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    RowFormat rows = CommandChecks.oneOf(spec, "--format", format, RowFormat.class);
    try (ResultFolder folder = ResultsSession.open("query", results, err)) {
      if (folder == null) return ExitCode.IO;
      int skipped = ResultsSession.reportUnreadable("query", folder, err);
      try (Statement s = folder.statement()) {
        if (s.execute(sql)) {
          try (ResultSet r = s.getResultSet()) {
            rows.write(r, out);
          }
        }
      }
      out.flush();
      return skipped == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
    } catch (SQLException e) {
      return ResultsSession.failed("query", e, err);
    }
  }
}
