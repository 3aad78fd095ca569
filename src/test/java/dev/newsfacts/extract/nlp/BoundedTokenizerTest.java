package dev.newsfacts.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class BoundedTokenizerTest {
  private static final int MAX = BoundedTokenizer.MAX_WORD_CHARS;

  @Test
  void aWordOfTheLimitsLengthIsNotLong() {
    assertFalse(BoundedTokenizer.hasLongWord("The code " + "a".repeat(MAX) + " was posted."));
  }

  @Test
  void aWordOneCharacterOverTheLimitIsLong() {
    assertTrue(BoundedTokenizer.hasLongWord("The code " + "a".repeat(MAX + 1) + " was posted."));
  }

  @Test
  void aNoBreakSpaceEndsAWordAsWhiteSpaceDoes() {
    assertFalse(BoundedTokenizer.hasLongWord("a".repeat(MAX) + "\u00a0" + "b".repeat(MAX)));
  }

  @Test
  void aSentenceOfNormalWordsGoesToTheTokenizerUnchanged() {
    String s = "Officials said the plan, announced Monday, would cost $5 million.";
    assertArrayEquals(SimpleTokenizer.INSTANCE.tokenizePos(s), BoundedTokenizer.tokenizePos(SimpleTokenizer.INSTANCE, s));
  }

  @Test
  void aLongWordIsCutIntoPiecesOfTheLimitsLength() {
    String s = "Key: " + "x".repeat(MAX + 10) + " end";
    Span[] spans = BoundedTokenizer.tokenizePos(SimpleTokenizer.INSTANCE, s);
    assertEquals(new Span(5, 5 + MAX), spans[2]);
    assertEquals(new Span(5 + MAX, 5 + MAX + 10), spans[3]);
    assertEquals("end", spans[4].getCoveredText(s).toString());
  }
}
