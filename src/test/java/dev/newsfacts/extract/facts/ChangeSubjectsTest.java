package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.StatisticFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure after a verb of change counts what the clause's subject names. */
class ChangeSubjectsTest {
  private static StatisticFact statistic(String body, double value) {
    List<StatisticFact> all = FactsOnNewsFixture.facts(FactsOnNewsFixture.run(body, "2025-11-11"), StatisticFact.class);
    for (StatisticFact s : all) if (Math.abs(s.quantity().value() - value) < 1e-9) return s;
    return null;
  }

  @Test
  void theNumberOfThingsThatFellIsWhatBothFiguresCount() {
    String body = "Official data also showed that the number of job vacancies fell by 9,000 to 717,000.";
    StatisticFact by = statistic(body, 9000);
    StatisticFact to = statistic(body, 717000);
    assertNotNull(by);
    assertNotNull(to);
    assertEquals("job vacancies", by.quantity().unit());
    assertEquals("job vacancies", to.quantity().unit());
  }

  @Test
  void aRateThatRoseIsWhatItsPercentageIsOf() {
    StatisticFact s = statistic("The unemployment rate rose to 5.2 percent, its highest since 2016.", 0.052);
    assertNotNull(s);
    assertEquals("unemployment rate", s.quantity().unit());
  }

  @Test
  void theSubjectIsTheNounBeforeItsPrepositionalPhrase() {
    StatisticFact s = statistic("Flu cases in the northern counties climbed to 412 this week, officials said.", 412);
    assertNotNull(s);
    assertEquals("Flu cases", s.quantity().unit());
  }

  @Test
  void aClauseOpenedByAConjunctionStillNamesItsSubject() {
    StatisticFact s = statistic("Burglaries fell 4% in the city, while the number of robberies rose by 9% to 2,140, police said.", 2140);
    assertNotNull(s);
    assertEquals("robberies", s.quantity().unit());
  }

  @Test
  void aLevelAfterAChangeWrittenAsPerCentCountsTheSubject() {
    StatisticFact s = statistic("Shoplifting offences increased by 7 per cent to 2,604 in the year, police said.", 2604);
    assertNotNull(s);
    assertEquals("Shoplifting offences", s.quantity().unit());
  }

  @Test
  void anIndexAfterAPossessiveAndAnAbbreviationIsWhatItsLevelMeasures() {
    StatisticFact s = statistic("The city's 24-hour average Air Quality Index (AQI) stood at 412 on Monday, officials said.",
        412);
    assertNotNull(s);
    assertEquals("average Air Quality Index", s.quantity().unit());
  }
  @Test
  void aLevelSetOffAfterTheChangeAndItsYearCountsTheSubject() {
    StatisticFact s = statistic("The number of burglaries reported in the county rose by 14% in 2024, to 3,250.", 3250);
    assertNotNull(s);
    assertEquals("burglaries", s.quantity().unit());
  }

  @Test
  void aLevelSetOffAfterTheChangeAndLastSeasonCountsTheSubject() {
    StatisticFact s = statistic("Ticket sales at the ground fell 6 per cent last season, to 412,000.", 412000);
    assertNotNull(s);
    assertEquals("Ticket sales", s.quantity().unit());
  }

  @Test
  void aFigureSetOffAfterAnUnrelatedClauseIsNoLevel() {
    StatisticFact s = statistic("Prices rose by 3% as the mill closed, to 2,000 homes' dismay.", 2000);
    assertTrue(s == null || !"Prices".equals(s.quantity().unit()));
  }
}
