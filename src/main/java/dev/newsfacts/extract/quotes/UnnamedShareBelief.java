package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Some fans feel the change is overdue", "Others want the team to rebuild", "Many residents of the
 * town hope the mine will bring jobs": a stance verb whose subject is an unnamed part of a group sums
 * up a belief nobody is quoted as voicing, so it is no reported speech. A speech verb after such a
 * subject still reports words ("Some councillors said ..."), and so does "think" ("Some analysts think
 * the gains may not last"). The openers are in unnamed-share-openers.txt, the verbs in unvoiced-belief-verbs.txt.
 */
final class UnnamedShareBelief {
  private static final Set<String> OPENERS = WordList.set("/dev/newsfacts/lexicon/en/unnamed-share-openers.txt");
  private static final Set<String> BELIEFS = WordList.set("/dev/newsfacts/lexicon/en/unvoiced-belief-verbs.txt");

  private UnnamedShareBelief() {}

  /**
   * Whether the cue at {@code cue} is a verb of belief (not a speech verb) and the sentence opens with an
   * unnamed-share word whose phrase runs to the cue with no verb or punctuation between.
   */
  static boolean test(List<Token> toks, SpeechLexicon lexicon, Sentence s, int cue) {
    String verb = toks.get(cue).text();
    String lemma = lexicon.stanceLemma(verb);
    if (lemma == null || !BELIEFS.contains(lemma) || lexicon.speechLemma(verb) != null) return false;
    int first = s.firstToken();
    if (first >= cue || !OPENERS.contains(toks.get(first).text().toLowerCase(Locale.ROOT))) return false;
    for (int k = first + 1; k < cue; k++) {
      String pos = toks.get(k).pos();
      if ("VERB".equals(pos) || "AUX".equals(pos) || "PUNCT".equals(pos)) return false;
    }
    return true;
  }
}
