package dev.newsfacts.cli;

import dev.newsfacts.run.ArticleOutcome;
import dev.newsfacts.run.ArticleReport;
import dev.newsfacts.run.BatchRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Counts of a finished extract run, printed as its last line.
 *
 * @param skipped inputs left alone because their document is up to date ({@code --skip-unchanged});
 *     they are counted in {@code articles}, and their kept documents in {@code quotes} and {@code errors}
 * @param writeFailures inputs whose document could not be written
 */
record RunSummary(int articles, int errors, int quotes, int writeFailures, List<String> failed, int skipped) {

  static RunSummary of(List<BatchRunner.Item> items) {
    int errors = 0, quotes = 0, writeFailures = 0, skipped = 0;
    List<String> failed = new ArrayList<>();
    for (BatchRunner.Item i : items) {
      if (i.failure() != null) {
        writeFailures++;
        continue;
      }
      ArticleReport r = i.report();
      if (r.outcome() == ArticleOutcome.SKIPPED) skipped++;
      // an unchanged bad input is still an error: its error document stays
      if (r.error()) {
        errors++;
        failed.add(i.article().name());
      }
      quotes += r.quotes();
    }
    failed.sort(null);
    return new RunSummary(items.size(), errors, quotes, writeFailures, List.copyOf(failed), skipped);
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
