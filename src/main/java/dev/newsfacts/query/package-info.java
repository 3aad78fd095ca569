/**
 * SQL over a folder of result documents on DuckDB's embedded engine: the views {@code articles},
 * {@code quotes}, {@code entities}, {@code facts} and {@code errors} (README "SQL"), queries and
 * exports. CLI only: DuckDB is left out of the Lambda package, and nothing here is used by the
 * extraction or the AWS handlers.
 */
package dev.newsfacts.query;
