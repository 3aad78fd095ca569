package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A capitalised name opening "… calculated that" is the finder of the figures after it. */
class UnrecognisedSubjectFoundTest {
  @Test
  void aCampaignGroupThatCalculatedIsTheFinder() {
    String text = "Clean Rivers Alliance calculated that the fine came to less than 40p for each household.";
    assertEquals("Clean Rivers Alliance", UnrecognisedSubjectFound.of(text, 0, text.length(), List.of()));
  }

  @Test
  void aSentenceOpeningWithADayIsNoFinder() {
    String text = "On Monday Ministers found that the fund was short by £2m.";
    assertNull(UnrecognisedSubjectFound.of(text, 0, text.length(), List.of()));
  }

  @Test
  void aSingleCapitalisedWordIsNoFinder() {
    String text = "Researchers found that 12% of the samples were contaminated.";
    assertNull(UnrecognisedSubjectFound.of(text, 0, text.length(), List.of()));
  }
}
