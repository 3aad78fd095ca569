package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A title between an organisation and a name after "according to" makes the person the source. */
class TitleBetweenBodyAndPersonTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void aTitleAloneBetweenTheTwoIsATitle() {
    String s = "according to NASA spokesperson Ana Ruiz";
    assertTrue(TitleBetweenBodyAndPerson.at(s, s.indexOf(" spokesperson"), s.indexOf("Ana")));
  }

  @Test
  void aClauseBetweenTheTwoIsNoTitle() {
    String s = "according to NASA, which hired Ana Ruiz";
    assertFalse(TitleBetweenBodyAndPerson.at(s, s.indexOf(", which"), s.indexOf("Ana")));
  }

  @Test
  void thePersonAfterTheOrganisationAndTheTitleIsTheSource() {
    StatisticFact s = StatisticOf.value(extractor, "The relief agency has handed out 12,000 food packs in the "
        + "province, according to Red Cross spokesperson Miriam Okoro.", 12_000);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("Miriam Okoro", s.attribution().name());
  }
}
