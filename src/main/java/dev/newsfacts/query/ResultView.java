package dev.newsfacts.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The flattened views over result documents. Each view's SQL is a resource that reads the files
 * itself ({@code read_text} plus {@code from_json} with only the fields the view needs): DuckDB
 * never builds whole documents, and a file that is not JSON becomes NULL instead of an error.
 */
public enum ResultView {
  ARTICLES, QUOTES, ENTITIES, FACTS, ERRORS;

  /** The view's name in SQL. */
  public String sqlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The view's SELECT over the files that {@code filesLiteral} (a SQL string literal) names. */
  String select(String filesLiteral) {
    return resource(sqlName() + ".sql").replace("${files}", filesLiteral);
  }

  /** The view named {@code name} (any case), for command-line options. */
  public static ResultView named(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  static String resource(String name) {
    try (InputStream in = ResultView.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
