package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "…, the forecasting system run by X, showed": X, which runs what showed the figure, is its source. */
class SystemRunByTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void theOrganisationRunningTheSystemThatShowedTheFigureIsItsSource() {
    StatisticFact s = StatisticOf.value(extractor, "Road traffic produced an estimated 42% of the city's nitrogen "
        + "dioxide on Monday, the Air Quality Forecasting Service run by the National Institute of Atmospheric "
        + "Research, showed.", 0.42);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("National Institute of Atmospheric Research", s.attribution().name());
  }

  @Test
  void anIndexCompiledByABankIsTheBanks() {
    StatisticFact s = StatisticOf.value(extractor, "House prices rose 3.4% in the year to June, the housing index "
        + "compiled by the Bank of Westland, showed on Tuesday.", 0.034);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("Bank of Westland", s.attribution().name());
  }
}
