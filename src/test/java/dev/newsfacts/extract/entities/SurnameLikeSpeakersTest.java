package dev.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Annotator;
import dev.newsfacts.extract.nlp.NlpModels;
import dev.newsfacts.model.TextSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which one-word speakers may be a surname: not an adverb opening a sentence, not a word like "God". */
class SurnameLikeSpeakersTest {
  private static Annotator annotator;
  private static EntityLexicon lex;

  @BeforeAll
  static void load() {
    annotator = new Annotator(NlpModels.loadFromClasspath());
    lex = EntityLexicon.load();
  }

  private static boolean surnameLike(String text, String name) {
    AnnotatedText at = annotator.annotate(text);
    int at0 = text.indexOf(name);
    return SpeakerNames.surnameLike(name, new TextSpan(at0, at0 + name.length(), name), at, lex);
  }

  @Test
  void anAdverbEndingInLyIsNoSurname() {
    assertFalse(surnameLike("\"It is over,\" Ultimately said, and the mayor left.", "Ultimately"));
  }

  @Test
  void godIsNoSurname() {
    assertFalse(surnameLike("The preacher told the crowd that God said to love one another.", "God"));
  }

  @Test
  void anUnlistedSurnameTheTaggerCallsAProperNounIsSurnameLike() {
    assertTrue(surnameLike("The talks failed, Okonkwo said on Friday.", "Okonkwo"));
  }
}
