package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.Attribution;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "the report found" points back to the last report's owner; "It said" to the organisation the sentence before opens with. */
class ReportAndItPointBackTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void theReportNamedAgainIsTheOwnersOfTheLastReportNotOfLaterFigures() {
    StatisticFact s = StatisticOf.value(extractor, """
        Child poverty rose again, according to a report by a charity.

        The report, published on Tuesday by the Little Acorns Trust, found that 31% of parents skipped meals.

        Separately, figures from the Department for Work showed 2.1 million children were in poverty.

        In Wales, the share of parents skipping meals was lower, at 24%, the report found.
        """, 0.24);
    assertNotNull(s);
    assertEquals("Little Acorns Trust", s.attribution().name());
  }

  @Test
  void aStudyNounIsRememberedWithItsOwner() {
    StudiesByNoun studies = new StudiesByNoun();
    studies.named("The survey by Northgate Polling found", new Attribution("Northgate Polling", null));
    assertEquals("Northgate Polling", studies.pointedBack("Most voters backed it, the survey found.").name());
  }

  @Test
  void aStudyNounNeverNamedPointsNowhere() {
    StudiesByNoun studies = new StudiesByNoun();
    studies.named("The survey by Northgate Polling found", new Attribution("Northgate Polling", null));
    assertNull(studies.pointedBack("Most voters backed it, the report found."));
  }

  @Test
  void itOpeningASentenceIsTheOrganisationOpeningTheOneBefore() {
    StatisticFact s = StatisticOf.value(extractor, """
        The Statistics Bureau of Norland has published data from the National Police Service with a caveat since 2019.

        It said about 6 per cent of incidents checked in its latest review had been recorded wrongly.
        """, 0.06);
    assertNotNull(s);
    assertEquals("Statistics Bureau of Norland", s.attribution().name());
  }
}
