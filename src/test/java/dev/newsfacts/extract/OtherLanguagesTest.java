package dev.newsfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.newsfacts.extract.lexicon.GivenNames;
import org.junit.jupiter.api.Test;

class OtherLanguagesTest {
  private final OtherLanguages languages = new OtherLanguages(GivenNames.load());

  @Test
  void englishHasNoOtherLanguageSteps() {
    assertNull(languages.get("en"));
  }

  @Test
  void aLanguageWithoutAProfileHasNoSteps() {
    assertNull(languages.get("nl"));
  }

  @Test
  void frenchStepsAreBuiltOnceAndShared() {
    assertSame(languages.get("fr"), languages.get("fr"));
    assertEquals("fr", languages.get("fr").profile().code());
  }
}
