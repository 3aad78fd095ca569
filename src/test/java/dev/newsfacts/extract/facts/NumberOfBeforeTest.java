package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A bare figure after "from", "to" or "by" counts what "the number of" before it names. */
class NumberOfBeforeTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void bothEndsOfTheChangeCountWhatTheNumberOfNames() {
    String text = "The county board will vote next month on cutting the number of taxi licences in the old town "
        + "from about 2,400 to 1,900.";
    StatisticFact from = StatisticOf.value(extractor, text, 2_400);
    StatisticFact to = StatisticOf.value(extractor, text, 1_900);
    assertNotNull(from);
    assertNotNull(to);
    assertEquals("taxi licences", from.quantity().unit());
    assertEquals("taxi licences", to.quantity().unit());
  }
}
