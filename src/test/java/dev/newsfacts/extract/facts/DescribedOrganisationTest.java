package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "The union is demanding …" speaks for the organisation the story introduced as "union X". */
class DescribedOrganisationTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void theUnionAsSubjectIsTheUnionTheStoryNamed() {
    StatisticFact s = StatisticOf.value(extractor, "France's air traffic controllers' union SNCTA has called a strike "
        + "for Friday.\n\nPassengers were told to expect cancellations at every airport.\n\n"
        + "The union is demanding a pay rise of 420 euros a month for its members.", 420);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("SNCTA", s.attribution().name());
  }
}
