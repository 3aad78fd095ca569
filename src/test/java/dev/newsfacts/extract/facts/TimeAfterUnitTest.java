package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A time expression after the counted noun ends the unit; the period is read from the sentence's dates. */
class TimeAfterUnitTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void lastBeforeAPeriodNounOpensATime() {
    assertTrue(TimeAfterUnit.opens(List.of("last", "year", ",")));
  }

  @Test
  void aDayOfTheWeekOpensATime() {
    assertTrue(TimeAfterUnit.opens(List.of("Tuesday", ",")));
  }

  @Test
  void aPeriodNounWithEarlierAfterItOpensATime() {
    assertTrue(TimeAfterUnit.opens(List.of("a", "year", "earlier", ".")));
  }

  @Test
  void inBeforeAYearOpensATime() {
    assertTrue(TimeAfterUnit.opens(List.of("in", "2024", ".")));
  }

  @Test
  void yesterdayOpensATime() {
    assertTrue(TimeAfterUnit.opens(List.of("yesterday")));
  }

  @Test
  void lastBeforeANounThatIsNoPeriodOpensNone() {
    assertFalse(TimeAfterUnit.opens(List.of("last", "resort", "loans")));
  }

  @Test
  void aLowerCaseMonthWordOpensNone() {
    assertFalse(TimeAfterUnit.opens(List.of("march", "organisers")));
  }

  @Test
  void aCountOfVehiclesStopsBeforeLastYear() {
    StatisticFact s = dated(VEHICLES, 4211);
    assertNotNull(s);
    assertEquals("stolen vehicles", s.quantity().unit());
  }

  @Test
  void theTimeAfterTheUnitGivesThePeriod() {
    StatisticFact s = dated(VEHICLES, 4211);
    assertNotNull(s);
    assertNotNull(s.period());
    assertEquals("2025", s.period().from());
  }

  private static final String VEHICLES =
      "Thieves took 4,211 stolen vehicles last year in Milwaukee, the police department said on Monday.";

  /** The statistic of {@code value} in {@code body} published on 3 March 2026, or null. */
  private static StatisticFact dated(String body, double value) {
    for (StatisticFact s : FactsOnNewsFixture.facts(FactsOnNewsFixture.run(body, "2026-03-03"), StatisticFact.class)) {
      if (Math.abs(s.quantity().value() - value) < 1e-9) return s;
    }
    return null;
  }

  @Test
  void aWeightStopsBeforeLastYear() {
    StatisticFact s = StatisticOf.value(extractor,
        "The port handled 3.2 million tonnes last year, up from 2.9 million in 2023, its operator said.", 3_200_000);
    assertNotNull(s);
    assertEquals("tonnes", s.quantity().unit());
  }

  @Test
  void aShareFollowedByLastWeekDoesNotCountTheWeek() {
    StatisticFact s = StatisticOf.value(extractor,
        "Reported flu cases rose 12 percent last week, the state health department said.", 0.12);
    assertNotNull(s);
    assertNotEquals("last week", s.quantity().unit());
  }

  @Test
  void aCountStopsBeforeADayOfTheWeek() {
    StatisticFact s = StatisticOf.value(extractor,
        "Firefighters evacuated 1,400 residents Tuesday as the blaze spread east, officials said.", 1400);
    assertNotNull(s);
    assertEquals("residents", s.quantity().unit());
  }
}
