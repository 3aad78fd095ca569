package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A source is named in the story's own words, not in the lists' full name the story never writes. */
class SourcesAsWrittenTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void aShortFormTheStoryWritesStaysTheSourcesName() {
    StatisticFact s = StatisticOf.value(extractor, """
        Fraud cases have been rising in the state.

        According to the FBI's Omaha field office, agents opened 27 fraud investigations last year.
        """, 27);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("FBI", s.attribution().name());
  }

  @Test
  void aFullNameTheStoryWritesStaysTheSourcesName() {
    StatisticFact s = StatisticOf.value(extractor, """
        Fraud cases have been rising in the state.

        According to the Federal Bureau of Investigation, agents opened 27 fraud investigations last year.
        """, 27);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("Federal Bureau of Investigation", s.attribution().name());
  }
}
