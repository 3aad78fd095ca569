package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "according to a study published Monday in the Journal of …": the journal is the source. */
class AccordingToJournalTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void aStudyPublishedInAJournalLeadsToTheJournal() {
    String t = "a study published Monday in the Journal";
    assertTrue(SourcePhrases.leadsTo(t, 0, t.indexOf("Journal")));
  }

  @Test
  void manyWordsOfAnotherKindStillLeadNowhere() {
    String t = "a long and winding account written over many years by the Journal";
    assertFalse(SourcePhrases.leadsTo(t, 0, t.indexOf("Journal")));
  }

  @Test
  void theJournalThatPublishedTheStudyIsTheSourceOfItsFigure() {
    StatisticFact s = StatisticOf.value(extractor, "Wild bees have declined by 40 percent since 1990, and pesticides are "
        + "the main driver, according to a study published Monday in the Journal of Applied Ecology.", 0.4);
    assertNotNull(s);
    assertEquals("Journal of Applied Ecology", s.attribution().name());
  }
}
