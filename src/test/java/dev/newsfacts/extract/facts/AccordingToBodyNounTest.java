package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "according to figures published by the council": the council the story named before. */
class AccordingToBodyNounTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void figuresPublishedByTheCouncilAreTheNamedCouncils() {
    StatisticFact s = StatisticOf.value(extractor, "Voters in the Dunmore ward of Kesterfield City Council elected "
        + "a new councillor on Thursday.\n\nTurnout was 27.5%, according to figures published by the council.", 0.275);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("Kesterfield City Council", s.attribution().name());
  }

  @Test
  void aLoneOrganisationNounIsRead() {
    assertEquals("ministry", SourcePhrases.loneOrganisationNoun("ministry"));
  }

  @Test
  void aPhraseOfSeveralWordsIsNoLoneNoun() {
    assertNull(SourcePhrases.loneOrganisationNoun("council planning officers"));
  }
}
