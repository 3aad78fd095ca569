package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A figure a pronoun or a title reports is the figure of the person they stand for. */
class UnnamedSpeakersTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  private static final String STORY = "Nearly two-thirds of applicants failed the entrance test, the National Examinations "
      + "Council has said.\n\nThe Registrar of the council, Prof. John Okafor, disclosed this at a briefing in Abuja "
      + "on Tuesday.\n\n";

  @Test
  void heSaidStandsForThePersonNamedBefore() {
    StatisticFact s = StatisticOf.value(extractor, STORY + "He said 1,204,332 candidates sat the test in 612 centres.",
        1204332);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("John Okafor", s.attribution().name());
  }

  @Test
  void accordingToHimStandsForThePersonNamedBefore() {
    StatisticFact s = StatisticOf.value(extractor, STORY + "According to him, 804,119 candidates scored below 200.",
        804119);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("John Okafor", s.attribution().name());
  }
}
