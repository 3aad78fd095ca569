package dev.newsfacts.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Honorifics and title words as they stand before a name. */
class TitlesTest {
  @Test
  void aCourtesyTitleIsAnHonorificWithOrWithoutItsCapital() {
    assertTrue(Titles.isHonorific("Mx"));
    assertTrue(Titles.isHonorific("dr"));
  }

  @Test
  void aShortHonorificWrittenInCapitalsIsAnAbbreviation() {
    // "the Liga MX Clausura", "MS patients": no courtesy title
    assertFalse(Titles.isHonorific("MX"));
    assertFalse(Titles.isTitleWord("MS"));
  }

  @Test
  void aTitleWordInCapitalsStaysATitleWord() {
    assertTrue(Titles.isTitleWord("CEO"));
  }
}
