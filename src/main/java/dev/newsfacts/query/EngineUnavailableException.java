package dev.newsfacts.query;

/**
 * DuckDB's native library did not load: the CLI jar does not carry it, the driver loads the file
 * beside the jar ({@code libduckdb_java.so_<os>_<arch>}, which {@code mvn package} leaves in target/).
 */
public final class EngineUnavailableException extends Exception {
  EngineUnavailableException(Throwable failure) {
    super("DuckDB's native library did not load (" + innermost(failure) + "); the CLI jar needs DuckDB's"
        + " libduckdb_java.so_<os>_<arch> files beside it, as 'mvn package' leaves them in target/", failure);
  }

  /** The driver wraps the reason (file not found, wrong platform) in two or three layers. */
  private static String innermost(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
