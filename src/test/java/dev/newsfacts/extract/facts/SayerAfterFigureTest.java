package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The person who says a sentence after its figures is their source, ahead of the organisation it opens with. */
class SayerAfterFigureTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void saidARoleAndANameGivesThePerson() {
    StatisticFact s = StatisticOf.value(extractor, "The emergency department at Royal Victoria Hospital saw around 30% "
        + "more patients this week, said its medical director, Dr. Sarah Collins.", 0.30);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("Sarah Collins", s.attribution().name());
  }

  @Test
  void aNameSaidAtTheEndGivesThePerson() {
    StatisticFact s = StatisticOf.value(extractor, "Buyers at the wharf were offering $6.50 a pound for the first "
        + "landings, said Bernie Cole, president of the Harbour Fishermen's Association.", 6.5);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("Bernie Cole", s.attribution().name());
  }
}
