package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A capitalised title running on through "of the" leaves its last word no owner of the study. */
class LongerStudyTitleTest {
  @Test
  void aCapitalisedWordAndOfBeforeTheCarryTheTitleOn() {
    String text = "the charity's annual State of the Nation report";
    assertTrue(LongerStudyTitle.endsAt(text, 0, text.indexOf("the Nation")));
  }

  @Test
  void aLowerCaseWordBeforeOfLeavesTheNameItsOwn() {
    String text = "a copy of the Gallup poll";
    assertFalse(LongerStudyTitle.endsAt(text, 0, text.indexOf("the Gallup")));
  }

  @Test
  void noOfBeforeTheLeavesTheNameItsOwn() {
    String text = "Voters said in the Gallup poll";
    assertFalse(LongerStudyTitle.endsAt(text, 0, text.indexOf("the Gallup")));
  }
}
