package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A body named by a common noun in one sentence and by its name in the next is the source of the first's figure. */
class BodyNamedNextTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void aFineByTheRegulatorGoesToTheRegulatorNamedNext() {
    StatisticFact s = StatisticOf.value(extractor, "Harbour Rail has been fined $12m by the transport regulator after "
        + "a string of derailments.\n\nThe Office of Rail Safety said on Tuesday that the company, which carries "
        + "about 1.2 million passengers, had ignored repeated warnings.", 12e6);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("Office of Rail Safety", s.attribution().name());
  }

  @Test
  void anAgentWrittenAsAnOrganisationNounIsFound() {
    assertTrue(BodyNamedNext.namesBodyByNoun("The firm was fined £3m by the industry regulator after a leak."));
  }

  @Test
  void anAgentThatIsNoOrganisationIsNot() {
    assertFalse(BodyNamedNext.namesBodyByNoun("The house was bought by the young couple for £300,000."));
  }
}
