package dev.newsfacts.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpeechLexiconPhrasesTest {
  private final SpeechLexicon lexicon = SpeechLexicon.english();

  @Test
  void aListedVerbAndItsPrepositionAttributeTheirObject() {
    assertTrue(lexicon.isObjectSpeechPhrase("spoke", "about"));
  }

  @Test
  void thePairIsFoundWhateverItsCase() {
    assertTrue(lexicon.isObjectSpeechPhrase("Railed", "AGAINST"));
  }

  @Test
  void aListedVerbWithAnotherPrepositionIsNoPhrase() {
    assertFalse(lexicon.isObjectSpeechPhrase("spoke", "to"));
  }

  @Test
  void aVerbThatOpensNoPhraseIsNoPhrase() {
    assertFalse(lexicon.isObjectSpeechPhrase("walked", "about"));
  }
}
