package dev.newsfacts.extract.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharClassesTest {
  @Test
  void aWordOfAccentedLettersIsAllLetters() {
    assertTrue(CharClasses.allLetters("Žižek", 0));
  }

  @Test
  void aHyphenIsNoLetter() {
    assertFalse(CharClasses.allLetters("Bello-Ibrahim", 0));
  }

  @Test
  void aRangeIgnoresThePossessiveAfterIt() {
    assertTrue(CharClasses.allLetters("Trump’s", 0, 5));
    assertFalse(CharClasses.allLetters("Trump’s", 0, 6));
  }

  @Test
  void theTailOfATitleCaseWordIsLowerCase() {
    assertTrue(CharClasses.allLowerCase("Kaine", 1));
    assertFalse(CharClasses.allLowerCase("McCain", 1));
  }

  @Test
  void aSingleCapitalHasNoTailToFail() {
    assertTrue(CharClasses.allLowerCase("A", 1));
  }

  @Test
  void anAcronymIsAllUpperCaseButNotWithItsDots() {
    assertTrue(CharClasses.allUpperCase("NATO"));
    assertFalse(CharClasses.allUpperCase("U.N."));
  }

  @Test
  void aYearIsAllDigitsAndAnOrdinalIsNot() {
    assertTrue(CharClasses.allDigits("2024"));
    assertFalse(CharClasses.allDigits("21st"));
  }

  @Test
  void figuresAndPunctuationHaveNoLetter() {
    assertFalse(CharClasses.anyLetter("12,500"));
    assertTrue(CharClasses.anyLetter("12km"));
  }

  @Test
  void aCapitalisedWordHasALowerCaseLetterAndAnAcronymNone() {
    assertTrue(CharClasses.anyLowerCase("Senate"));
    assertFalse(CharClasses.anyLowerCase("FBI"));
  }
}
