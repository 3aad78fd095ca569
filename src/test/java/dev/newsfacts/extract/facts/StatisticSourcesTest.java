package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.SchemaAssert;
import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.model.Fact;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import dev.newsfacts.model.StatisticFact;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where a statistic's source is named with more than one organisation. */
class StatisticSourcesTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  private static StatisticFact statistic(String text, double value) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    ResultDocument doc = ((Outcome.Success) extractor.extract(
        new ArticleInput(b, SourceRef.local("s.txt", b.length, "text/plain")))).result();
    SchemaAssert.assertValidRecord(doc);
    for (Fact f : doc.facts()) {
      if (f instanceof StatisticFact s && Math.abs(s.quantity().value() - value) < 1e-9) return s;
    }
    return null;
  }

  @Test
  void accordingToAnOrganisationsPartTheSourceIsThePart() {
    StatisticFact s = statistic("About 22 million households spend more than 30 percent of their income on rent, "
        + "according to Harvard University's Joint Center for Housing Studies.", 22_000_000);
    assertNotNull(s);
    assertEquals("Joint Center for Housing Studies", s.attribution().name());
  }
}
