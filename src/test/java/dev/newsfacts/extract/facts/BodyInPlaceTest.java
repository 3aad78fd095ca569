package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "The X Centre in Halifax said …": the organisation before the place is the source, not the place. */
class BodyInPlaceTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void theOrganisationBeforeInAndAPlaceIsTheSource() {
    StatisticFact s = StatisticOf.value(extractor, "The Maritime Search and Rescue Centre in Halifax said it "
        + "answered 14 distress calls on Monday.", 14);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("Maritime Search and Rescue Centre", s.attribution().name());
  }
}
