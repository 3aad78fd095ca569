package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A statistic's source given without an entity: "according to court documents", "the council said". */
class UnnamedStatisticSourcesTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  private static StatisticFact statistic(String text, double value) {
    return StatisticOf.value(extractor, text, value);
  }

  @Test
  void accordingToWordsThatNameNoEntityAreTheSourceAsWritten() {
    StatisticFact s = statistic("The Harbour Pensions Board said members had lost about 15 per cent of their savings.\n\n"
        + "Roughly 70 per cent of the claimants were retired teachers, according to court documents.", 0.70);
    assertNotNull(s);
    assertEquals("court documents", s.attribution().name());
  }

  @Test
  void aReportByCommonNounsIsSourcedToThoseWhoWroteIt() {
    StatisticFact s = statistic("About 25 per cent of the flats will be for social rent, according to a report by "
        + "council planning officers.", 0.25);
    assertNotNull(s);
    assertEquals("council planning officers", s.attribution().name());
  }

  @Test
  void accordingToAPronounGivesNoSourceOfItsOwn() {
    StatisticFact s = statistic("Sales fell 4 percent in the spring, according to him.", 0.04);
    assertNotNull(s);
    assertNull(s.attribution());
  }

  @Test
  void theCouncilSaidStandsForTheCouncilTheArticleNamed() {
    StatisticFact s = statistic("Leeds City Council approved the budget on Monday after a long debate with Northfield "
        + "Housing Group.\n\nLeeds has about 24,000 households on its waiting list, the council said.", 24_000);
    assertNotNull(s);
    assertEquals("Leeds City Council", s.attribution().name());
  }

  @Test
  void aStudyOwnedByTheInstituteIsSourcedToTheInstitute() {
    StatisticFact s = statistic("A report released on Monday by the Grattan Institute "
        + "tracked household budgets.\n\nThe institute's Household Budget Survey found that 31 per cent of "
        + "households spent more than they earned.", 0.31);
    assertNotNull(s);
    assertEquals("Grattan Institute", s.attribution().name());
  }
}
