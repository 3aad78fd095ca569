package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.Set;

/**
 * "She worries that her landlord will raise the rent", "He fears the new clinics will pull nurses
 * away": a verb of feeling describes a state of mind, not words the subject is reported to have said,
 * so it cues no reported speech. The verbs are in feeling-verbs.txt.
 */
final class FeelingVerb {
  private static final Set<String> FEELING = WordList.set("/dev/newsfacts/lexicon/en/feeling-verbs.txt");

  private FeelingVerb() {}

  /** Whether a cue of lemma {@code lemma} names a feeling. */
  static boolean test(String lemma) {
    return lemma != null && FEELING.contains(lemma);
  }
}
