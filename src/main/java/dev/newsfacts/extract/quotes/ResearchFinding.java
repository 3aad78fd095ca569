package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "The report found that the vacancy rate fell", "A survey of 1,400 workers commissioned by the union
 * found that ...": "find" after a subject headed by a piece of research reports a finding, not words
 * anyone said. The head is the first common noun of the clause before the cue (after its last
 * punctuation), so "In a decision released Monday, Justice Gill found that ..." keeps its finder.
 * A poll is not research here (research-document-nouns.txt says why).
 */
final class ResearchFinding {
  private static final Set<String> NOUNS = WordList.set("/dev/newsfacts/lexicon/en/research-document-nouns.txt");

  private ResearchFinding() {}

  /** Whether the cue at {@code cue}, of lemma {@code lemma}, is "find" after a research subject in sentence {@code s}. */
  static boolean test(List<Token> toks, Sentence s, int cue, String lemma) {
    if (!"find".equals(lemma)) return false;
    int start = s.firstToken();
    for (int k = cue - 1; k > s.firstToken(); k--) {
      if ("PUNCT".equals(toks.get(k).pos())) {
        start = k + 1;
        break;
      }
    }
    for (int k = start; k < cue; k++) {
      String pos = toks.get(k).pos();
      if ("VERB".equals(pos) || "AUX".equals(pos)) return false;
      if ("NOUN".equals(pos)) return NOUNS.contains(toks.get(k).text().toLowerCase(Locale.ROOT));
    }
    return false;
  }
}
