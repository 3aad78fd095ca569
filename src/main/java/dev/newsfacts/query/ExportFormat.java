package dev.newsfacts.query;

/** File formats of {@code export}, each DuckDB's own writer (COPY ... TO). */
public enum ExportFormat {
  /** For spreadsheets: a header row, lists written as [a, b]. */
  CSV("FORMAT csv, HEADER true"),
  /** One JSON object per line. */
  JSONL("FORMAT json"),
  /** For data lakes: typed columns, lists kept as lists. */
  PARQUET("FORMAT parquet");

  final String copyOptions;

  ExportFormat(String copyOptions) {
    this.copyOptions = copyOptions;
  }
}
