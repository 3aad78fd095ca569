package dev.newsfacts.extract.facts;

import dev.newsfacts.SchemaAssert;
import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.model.Fact;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import dev.newsfacts.model.StatisticFact;
import java.nio.charset.StandardCharsets;

/** Test helper: the statistic of a given value that the whole extractor finds in a short article. */
final class StatisticOf {
  private StatisticOf() {}

  /** The first statistic whose value is {@code value}, or null; the document is checked against the schema. */
  static StatisticFact value(Extractor extractor, String text, double value) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    ResultDocument doc = ((Outcome.Success) extractor.extract(
        new ArticleInput(b, SourceRef.local("s.txt", b.length, "text/plain")))).result();
    SchemaAssert.assertValidRecord(doc);
    for (Fact f : doc.facts()) {
      if (f instanceof StatisticFact s && Math.abs(s.quantity().value() - value) < 1e-9) return s;
    }
    return null;
  }
}
