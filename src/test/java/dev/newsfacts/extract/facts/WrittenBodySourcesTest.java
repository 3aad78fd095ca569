package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.Attribution;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An official body the lede names only in words ("figures published by the Department of X") leads the story's figures. */
class WrittenBodySourcesTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void figuresPublishedByABodyAreItsFiguresWithoutTheDay() {
    assertEquals("Department of Lands", SourcePhrases.afterAccordingTo(
        "figures published by the Department of Lands yesterday.", 0, 55));
  }

  @Test
  void aBodyNamedInTheLedeGivesTheFiguresOfTheParagraphsAfter() {
    StatisticFact s = StatisticOf.value(extractor, "The number of people waiting for social homes has passed 9,000 "
        + "for the first time, according to figures published by the Department of Lands yesterday.\n\n"
        + "Galway accounted for 2,730 of the total, while Sligo had 480.", 2730);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("Department of Lands", s.attribution().name());
  }

  @Test
  void anOfficialBodysNameEndsOrOpensWithItsHeadWord() {
    assertTrue(LeadSource.namesBody(new Attribution("Central Statistics Office", null)));
    assertTrue(LeadSource.namesBody(new Attribution("Department of Lands", null)));
  }

  @Test
  void courtDocumentsNameNoBody() {
    assertFalse(LeadSource.namesBody(new Attribution("court documents", null)));
  }
}
