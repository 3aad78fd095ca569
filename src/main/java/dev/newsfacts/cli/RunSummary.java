package dev.newsfacts.cli;

import java.util.List;
import java.util.Locale;

/** Counts of a finished run, printed as its last line. */
record RunSummary(int articles, int errors, int quotes, int writeFailures, List<String> failed) {
  String describe(double seconds) {
    StringBuilder b = new StringBuilder();
    for (String f : failed) b.append("extract: error document for ").append(f).append('\n');
    b.append(String.format(Locale.ROOT, "extract: %d articles, %d quotes, %d errors in %.1f s (%.1f articles/s)",
        articles, quotes, errors, seconds, seconds > 0 ? articles / seconds : 0.0));
    if (writeFailures > 0) b.append(String.format(Locale.ROOT, "%nextract: %d results could not be written", writeFailures));
    return b.toString();
  }
}
