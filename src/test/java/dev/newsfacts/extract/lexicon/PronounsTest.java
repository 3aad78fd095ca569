package dev.newsfacts.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PronounsTest {
  @Test
  void aCurlyContractionLeavesThePronounsKind() {
    assertEquals('M', Pronouns.subjectKind("He\u2019s"));
  }

  @Test
  void aFirstPersonContractionIsFirstPerson() {
    assertEquals('I', Pronouns.subjectKind("I\u2019ve"));
  }

  @Test
  void aNameWithAnApostropheIsNoPronoun() {
    assertEquals(0, Pronouns.subjectKind("O\u2019Hare"));
  }

  @Test
  void aCapitalisedPronounWithoutApostropheIsBareInLowerCase() {
    assertEquals("they", Pronouns.bare("They"));
  }

  @Test
  void aStraightContractionIsCutFromItsPronoun() {
    assertEquals("we", Pronouns.bare("We're"));
  }
}
