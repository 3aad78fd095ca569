package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A person named before a comma and a title with its body says the figures, not the body. */
class PersonBeforeTitleTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void theChairmanNamedBeforeHisTitleSaysTheFigure() {
    StatisticFact s = StatisticOf.value(extractor, """
        Grain exports rose in October.

        Marek Novak, chairman of the Ruritanian Grain Association (RGA), said on Monday that the association expected \
        exports to top $3 billion this year.
        """, 3e9);
    assertNotNull(s);
    assertEquals("Marek Novak", s.attribution().name());
  }

  @Test
  void aCapitalisedTitleBetweenPersonAndBodyKeepsThePerson() {
    StatisticFact s = StatisticOf.value(extractor, """
        Rents kept rising in the spring.

        Lena Frost, Secretary General of the Coastal Housing Institute (CHI), said members were worried about rents, \
        which she said were about 25% higher than a year ago.
        """, 0.25);
    assertNotNull(s);
    assertEquals("Lena Frost", s.attribution().name());
  }
}
