package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "According to its annual report": the organisation the report belongs to is the source. */
class OwnSourceTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void itsReportIsTheOrganisationNamedBefore() {
    StatisticFact s = StatisticOf.value(extractor, "Northfield Rail Corporation carried about 41 million passengers last year, "
        + "according to its annual report.", 41_000_000);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("Northfield Rail Corporation", s.attribution().name());
  }

  @Test
  void aReportWithoutItsKeepsTheSourceAsWritten() {
    StatisticFact s = StatisticOf.value(extractor, "Northfield Rail Corporation carried about 41 million passengers last year, "
        + "according to court documents.", 41_000_000);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("court documents", s.attribution().name());
  }
}
