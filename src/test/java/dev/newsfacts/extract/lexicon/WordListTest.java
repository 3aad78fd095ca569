package dev.newsfacts.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListTest {
  @Test
  void aTwoWordPhraseIsOpenedByItsFirstWord() {
    assertEquals(Set.of("chimed"), WordList.phraseOpeners(Set.of("chimed in")));
  }

  @Test
  void aLongerPhraseIsOpenedByEachRunOfWordsBeforeASpace() {
    assertEquals(Set.of("went", "went on"), WordList.phraseOpeners(Set.of("went on about")));
  }

  @Test
  void aOneWordEntryOpensNoPhrase() {
    assertTrue(WordList.phraseOpeners(Set.of("replied")).isEmpty());
  }

  @Test
  void phrasesSharingAVerbGiveItOnce() {
    assertEquals(Set.of("fired"), WordList.phraseOpeners(Set.of("fired back", "fired off")));
  }
}
