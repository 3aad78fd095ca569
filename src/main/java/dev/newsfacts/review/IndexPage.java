package dev.newsfacts.review;

import java.util.List;

/** The index of a review site: one row per result document, then the error documents. */
public record IndexPage(String title, List<Row> rows, List<ErrorRow> errors, Totals totals) {

  /** A result document with its counts; {@code href} is relative to the index. */
  public record Row(String name, String href, int quotes, int speakers, int statistics, int events, int entities,
                    int problems) {}

  /** An error document (or a result file that could not be read). */
  public record ErrorRow(String name, String code, String message) {}

  public record Totals(int articles, int quotes, int errors) {}

  public boolean hasErrors() {
    return !errors.isEmpty();
  }
}
