package dev.newsfacts.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory DuckDB session whose views ({@link ResultView}) read the result documents under a
 * folder, at any depth. The views are lazy: a query reads only the files' fields its views need.
 */
public final class ResultFolder implements AutoCloseable {
  /**
   * DuckDB's own limit (buffers, hash tables), not the JVM's: with the JVM this keeps a query over
   * 10,000 documents well under 1 GB (README "SQL"). Larger sorts spill to the temp folder.
   */
  static final String MEMORY_LIMIT = "512MB";

  private final Path folder;
  private final String filesLiteral;
  private final Connection connection;
  private List<String> unreadable = List.of();

  private ResultFolder(Path folder, Connection connection) {
    this.folder = folder;
    this.filesLiteral = literal(folder.toAbsolutePath().normalize() + "/**/*.json");
    this.connection = connection;
  }

  /** Opens a session over {@code folder}; fails when it holds no {@code *.json} at all. */
  public static ResultFolder open(Path folder) throws NoResultsException, EngineUnavailableException, SQLException {
    if (!Files.isDirectory(folder)) throw new NoResultsException(folder, "is not a folder");
    ResultFolder session = new ResultFolder(folder, connect());
    try {
      session.configure();
      session.unreadable = session.findUnreadable();
      for (ResultView v : ResultView.values()) {
        session.execute("CREATE VIEW " + v.sqlName() + " AS " + v.select(session.filesLiteral));
      }
      return session;
    } catch (NoResultsException | SQLException | RuntimeException e) {
      session.close();
      throw e;
    }
  }

  /** An in-memory database; the driver's class initialiser loads the native library on first use. */
  private static Connection connect() throws EngineUnavailableException, SQLException {
    try {
      return DriverManager.getConnection("jdbc:duckdb:");
    } catch (LinkageError | IllegalStateException e) {
      throw new EngineUnavailableException(e);
    }
  }

  private void configure() throws SQLException {
    execute("SET threads = " + Runtime.getRuntime().availableProcessors());
    execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
    execute("SET temp_directory = " + literal(System.getProperty("java.io.tmpdir") + "/newsfacts-duckdb"));
    // JSON and Parquet are built into the driver: nothing is ever downloaded
    execute("SET autoinstall_known_extensions = false");
    execute("SET autoload_known_extensions = false");
  }

  /**
   * The files the views skip because they are not result or error documents (not JSON, cut short,
   * several documents in one file), relative to the folder, in order. Found when the session opens.
   */
  public List<String> unreadable() {
    return unreadable;
  }

  /** One pass over the files: how many there are (none is an error) and which are no documents. */
  private List<String> findUnreadable() throws NoResultsException, SQLException {
    List<String> names = new ArrayList<>();
    Path base = folder.toAbsolutePath().normalize();
    try (Statement s = connection.createStatement();
         ResultSet r = s.executeQuery(ResultView.resource("unreadable.sql").replace("${files}", filesLiteral))) {
      r.next();
      if (r.getLong("files") == 0) throw new NoResultsException(folder, "holds no result documents (*.json)");
      Array files = r.getArray("unreadable");
      if (files != null) {
        for (Object f : (Object[]) files.getArray()) {
          names.add(base.relativize(Path.of((String) f)).toString().replace('\\', '/'));
        }
      }
    }
    return List.copyOf(names);
  }

  /** Runs one statement of the user's; the caller reads and closes the result set, then the statement. */
  public Statement statement() throws SQLException {
    return connection.createStatement();
  }

  /** Writes every row of {@code view} to {@code out}, replacing it, in the folder's file order. */
  public void export(ResultView view, ExportFormat format, Path out) throws SQLException {
    execute("COPY (SELECT * FROM " + view.sqlName() + ") TO " + literal(out.toAbsolutePath().toString())
        + " (" + format.copyOptions + ")");
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  /** A SQL string literal. */
  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
