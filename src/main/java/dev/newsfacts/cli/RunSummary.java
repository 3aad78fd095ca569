package dev.newsfacts.cli;

import java.util.List;
import java.util.Locale;

/**
 * Counts of a finished run, printed as its last line.
 *
 * @param skipped inputs left alone because their document is up to date ({@code --skip-unchanged});
 *     they are counted in {@code articles}, and their kept documents in {@code quotes} and {@code errors}
 */
record RunSummary(int articles, int errors, int quotes, int writeFailures, List<String> failed, int skipped) {
  RunSummary(int articles, int errors, int quotes, int writeFailures, List<String> failed) {
    this(articles, errors, quotes, writeFailures, failed, 0);
  }

  String describe(double seconds) {
    StringBuilder b = new StringBuilder();
    for (String f : failed) b.append("extract: error document for ").append(f).append('\n');
    b.append(String.format(Locale.ROOT, "extract: %d articles, %d quotes, %d errors", articles, quotes, errors));
    if (skipped > 0) b.append(String.format(Locale.ROOT, ", %d skipped (unchanged)", skipped));
    b.append(String.format(Locale.ROOT, " in %.1f s (%.1f articles/s)",
        seconds, seconds > 0 ? (articles - skipped) / seconds : 0.0));
    if (writeFailures > 0) b.append(String.format(Locale.ROOT, "%nextract: %d results could not be written", writeFailures));
    return b.toString();
  }
}
