package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A person given a title that ends with a body, between commas before "said", says the figure, not the body. */
class PersonTitledAtBodyTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void aProfessorAtAUniversitySaysTheFigureHerself() {
    StatisticFact s = StatisticOf.value(extractor, """
        Flu season arrived early this year.

        Dr Helena Marsh, professor of epidemiology at Northgate University, said the vaccine cut hospital admissions \
        by about 45 per cent in older adults.
        """, 0.45);
    assertNotNull(s);
    assertEquals("Helena Marsh", s.attribution().name());
  }

  @Test
  void aSpokesmanForACompanySaysTheFigureHimself() {
    StatisticFact s = StatisticOf.value(extractor, """
        Ferry services were cut over the weekend.

        Tomas Heller, a spokesman for Baltic Crossings Ltd, said about 1,200 passengers had been moved to later \
        sailings.
        """, 1200);
    assertNotNull(s);
    assertEquals("Tomas Heller", s.attribution().name());
  }

  @Test
  void anEconomistWithABankSaysTheForecastHimself() {
    StatisticFact s = StatisticOf.value(extractor, """
        Consumer prices rose again in May.

        Rafael Ortega, chief economist at Banco Meridional, said inflation would probably peak at 7.2% in the summer.
        """, 0.072);
    assertNotNull(s);
    assertEquals("Rafael Ortega", s.attribution().name());
  }
}
