package dev.newsfacts.extract;

import dev.newsfacts.model.SourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Times each kind of bad input once (after a warm-up) and prints them slowest first: a
 * measurement, not a test. Run after {@code mvn test-compile}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.newsfacts.extract.BadInputTimings}.
 */
public final class BadInputTimings {
  private BadInputTimings() {}

  public static void main(String[] args) {
    record Timing(String kind, double millis, String outcome) {}
    List<Timing> timings = new ArrayList<>();
    BadInputSuiteTest.extractorFor(ExtractorOptions.defaults())
        .extract(new ArticleInput(BadInputs.utf8(BadInputs.ARTICLE), SourceRef.local("warm-up", 0, null)));
    for (BadInput input : BadInputs.all()) {
      byte[] bytes = input.bytes().get();
      Extractor x = BadInputSuiteTest.extractorFor(input.options());
      long t0 = System.nanoTime();
      Outcome o = x.extract(new ArticleInput(bytes, SourceRef.local("timing", bytes.length, null)));
      double ms = (System.nanoTime() - t0) / 1e6;
      String what = o instanceof Outcome.Failure f ? f.error().error().code().name() : "result";
      timings.add(new Timing(input.kind(), ms, what));
    }
    timings.sort(Comparator.comparingDouble(Timing::millis).reversed());
    for (Timing t : timings) {
      System.out.printf(Locale.ROOT, "%9.1f ms  %-13s %s%n", t.millis(), t.outcome(), t.kind());
    }
    System.out.printf(Locale.ROOT, "%d kinds, slowest %.1f ms (%s)%n", timings.size(), timings.get(0).millis(),
        timings.get(0).kind());
  }
}
