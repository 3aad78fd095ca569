package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * "Some residents wonder whether the town was warned early enough", "fans questioned whether the
 * team was rebuilding": a verb of doubt before a question reports no words, only what is not known.
 */
final class DoubtedQuestion {
  private static final Set<String> DOUBTING = WordList.set("/dev/newsfacts/lexicon/en/doubting-verbs.txt");

  private DoubtedQuestion() {}

  /** Whether the cue of lemma {@code lemma} is a verb of doubt and the content at {@code contentStart} opens a question. */
  static boolean test(List<Token> toks, SpeechLexicon lexicon, String lemma, int contentStart) {
    return lemma != null && DOUBTING.contains(lemma) && contentStart < toks.size()
        && lexicon.opensQuestion(toks.get(contentStart).text());
  }
}
