package dev.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Finding a name only where it stands as a whole word. */
class WholeWordsTest {
  @Test
  void aNameInsideALongerWordIsNotFound() {
    assertEquals(-1, WholeWords.find("The Leeds council met.", "Lee", 0, WholeWords.LETTER));
  }

  @Test
  void theWholeWordAfterAnEmbeddedOneIsFound() {
    String text = "Leeds fans cheered Lee.";
    assertEquals(text.lastIndexOf("Lee"), WholeWords.find(text, "Lee", 0, WholeWords.LETTER));
  }

  @Test
  void punctuationAndTextEdgesBoundAWord() {
    assertEquals(0, WholeWords.find("Lee's team won", "Lee", 0, WholeWords.LETTER));
    assertEquals(8, WholeWords.find("Ask Ms. Lee", "Lee", 0, WholeWords.LETTER));
  }

  @Test
  void aDigitJoinsAWordOnlyWhenNumbersJoin() {
    assertEquals(0, WholeWords.find("Smith2 wrote", "Smith", 0, WholeWords.LETTER));
    assertEquals(-1, WholeWords.find("Smith2 wrote", "Smith", 0, WholeWords.LETTER_OR_NUMBER));
  }

  @Test
  void theSearchStartsWhereItIsTold() {
    assertEquals(-1, WholeWords.find("Lee met Kim", "Lee", 1, WholeWords.LETTER));
  }

  @Test
  void anAccentedLetterJoinsAWord() {
    assertEquals(-1, WholeWords.find("Renée spoke", "René", 0, WholeWords.LETTER));
  }
}
