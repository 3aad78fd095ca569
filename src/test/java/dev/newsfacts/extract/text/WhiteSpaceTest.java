package dev.newsfacts.extract.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WhiteSpaceTest {

  @Test
  void collapseTurnsEachRunOfWhiteSpaceIntoOneSpace() {
    assertEquals("the chief executive officer", WhiteSpace.collapse("the chief\n  executive\t\tofficer"));
  }

  @Test
  void collapseKeepsARunAtEitherEndAsOneSpace() {
    assertEquals(" deputy mayor ", WhiteSpace.collapse("\n deputy   mayor \n"));
  }

  @Test
  void wordsSplitsAtRunsOfWhiteSpace() {
    assertArrayEquals(new String[] {"three", "of", "five"}, WhiteSpace.words("three  of\nfive"));
  }

  @Test
  void wordsGivesAnEmptyFirstPieceAfterALeadingRunAsStringSplitDoes() {
    assertArrayEquals(" two words".split("\\s+"), WhiteSpace.words(" two words"));
    assertEquals("", WhiteSpace.words(" two words")[0]);
  }

  @Test
  void spaceWordsSplitsAtSpacesAndNoBreakSpacesButNotAtLineBreaks() {
    assertArrayEquals(new String[] {"Health", "and\nSafety", "Board"}, WhiteSpace.spaceWords("Health \u00A0and\nSafety  Board"));
  }
}
