package dev.newsfacts.cli;

import dev.newsfacts.query.EngineUnavailableException;
import dev.newsfacts.query.NoResultsException;
import dev.newsfacts.query.ResultFolder;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * What {@code query} and {@code export} share: opening the folder, naming the documents they skip,
 * and the exit code an engine error gets.
 */
final class ResultsSession {
  /** Unreadable documents named one by one on stderr; past this many only counted. */
  static final int NAMED = 20;

  private ResultsSession() {}

  /** The folder's session, or null after saying why there is none (no results, or no engine). */
  static ResultFolder open(String command, Path results, PrintStream err) throws SQLException {
    try {
      return ResultFolder.open(results);
    } catch (NoResultsException | EngineUnavailableException e) {
      err.println("newsfacts " + command + ": " + e.getMessage());
      return null;
    }
  }

  /** Names the documents the views skipped; the number of them. */
  static int reportUnreadable(String command, ResultFolder folder, PrintStream err) throws SQLException {
    List<String> names = folder.unreadable();
    for (int i = 0; i < Math.min(names.size(), NAMED); i++) {
      err.println("newsfacts " + command + ": skipped " + names.get(i) + ": not a result or error document");
    }
    if (names.size() > NAMED) err.println("newsfacts " + command + ": ... and " + (names.size() - NAMED) + " more");
    if (!names.isEmpty()) err.println("newsfacts " + command + ": " + names.size() + " unreadable documents skipped");
    return names.size();
  }

  /**
   * An engine error: a file the engine could not read is an input problem (3), anything else is the
   * statement's fault (2: syntax, unknown table or column, types).
   */
  static int failed(String command, SQLException e, PrintStream err) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage().strip();
    err.println("newsfacts " + command + ": " + message);
    return message.startsWith("IO Error") ? ExitCode.IO : ExitCode.USAGE;
  }
}
