package dev.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenChecksTest {
  private static Token token(int index, String text, int sentence) {
    return new Token(index, index * 10, index * 10 + text.length(), text, "X", sentence, 0);
  }

  @Test
  void tokensOfOneSentenceAreInTheSameSentence() {
    List<Token> toks = List.of(token(0, "Outjo", 0), token(1, "residents", 0), token(2, "Later", 1));
    assertTrue(TokenChecks.sameSentence(toks, 0, 1));
    assertFalse(TokenChecks.sameSentence(toks, 1, 2));
  }

  @Test
  void aPossessiveOnItsOwnCountsWithEitherApostrophe() {
    assertTrue(TokenChecks.possessiveMark(token(0, "'s", 0)));
    assertTrue(TokenChecks.possessiveMark(token(0, "\u2019s", 0)));
    assertTrue(TokenChecks.possessiveMark(token(0, "'", 0)));
    assertFalse(TokenChecks.possessiveMark(token(0, "Mayor's", 0)));
  }

  @Test
  void onlyALowerCaseFormOfAListedWordCounts() {
    Set<String> civic = Set.of("mayor");
    assertTrue(TokenChecks.lowerIn(token(0, "mayor", 0), civic));
    assertFalse(TokenChecks.lowerIn(token(0, "Mayor", 0), civic));
    assertFalse(TokenChecks.lowerIn(token(0, "council", 0), civic));
  }
}
