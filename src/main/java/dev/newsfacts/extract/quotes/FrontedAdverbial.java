package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "When they discuss the budget at home, she worries ...": an adverbial clause fronted before
 * "X said" sets the scene; it is not what was said. Only a lone clause counts: "If we lose, we
 * lose, he said" carries a main clause after the comma and stays.
 */
final class FrontedAdverbial {
  private FrontedAdverbial() {}

  /** Whether {@code [from, end)} is one adverbial clause opened by a subordinator. */
  static boolean test(List<Token> toks, SpeechLexicon lexicon, int from, int end) {
    if (from >= end || !lexicon.isSubordinator(toks.get(from).text())) return false;
    for (int k = from + 1; k < end; k++) if (toks.get(k).is(",")) return false;
    return true;
  }
}
