package dev.newsfacts.extract.language;

import static org.junit.jupiter.api.Assertions.fail;

import dev.newsfacts.Fixtures;
import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.StatisticFact;
import dev.newsfacts.model.SourceRef;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A short article of ours run through the shared extractor, with look-ups by words. */
record Profiled(String text, ResultDocument doc) {
  static Profiled of(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    Outcome o = Fixtures.extractor().extract(new ArticleInput(b, SourceRef.local("a.txt", b.length, "text/plain")));
    if (!(o instanceof Outcome.Success s)) throw new AssertionError("no result: " + o.document());
    return new Profiled(text, s.result());
  }

  Quote quote(String words) {
    List<Quote> q = doc.quotes().stream().filter(x -> x.text().contains(words)).toList();
    if (q.size() != 1) fail("want one quote with '" + words + "', got " + doc.quotes());
    return q.get(0);
  }

  String speaker(String words) {
    return quote(words).speaker().name();
  }

  StatisticFact statistic(String numberText) {
    return doc.facts().stream().filter(f -> f instanceof StatisticFact).map(f -> (StatisticFact) f)
        .filter(f -> f.quantity().text().startsWith(numberText)).findFirst()
        .orElseThrow(() -> new AssertionError("no statistic '" + numberText + "' in " + doc.facts()));
  }
}
