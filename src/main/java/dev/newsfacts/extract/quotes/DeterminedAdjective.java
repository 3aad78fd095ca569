package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "the organizer told them", "an aide said": the tagger sometimes calls a noun an adjective, but
 * a word right after an article and right before a verb heads a noun phrase of its own, so it can
 * be the subject of that verb.
 */
final class DeterminedAdjective {
  private DeterminedAdjective() {}

  /** Token {@code i} is tagged ADJ, follows an article (not before {@code limit}) and precedes a verb. */
  static boolean at(List<Token> toks, int i, int limit) {
    if (i - 1 < limit || i + 1 >= toks.size() || !"ADJ".equals(toks.get(i).pos())) return false;
    Token det = toks.get(i - 1);
    boolean article = det.is("the") || det.is("a") || det.is("an");
    return article && "VERB".equals(toks.get(i + 1).pos());
  }

  /**
   * '"…," the editorial/ADJ said/NOUN.': after a quote the tagger may miss both words, so an adjective
   * right after an article and right before a cue that closes its clause heads the subject too ("a
   * strong showing from", "the highest calling of" go on, and are no source and cue).
   */
  static boolean beforeCue(List<Token> toks, int i, int cue, int limit) {
    if (i + 1 != cue || i - 1 < limit || !"ADJ".equals(toks.get(i).pos())) return false;
    if (cue + 1 < toks.size() && !"PUNCT".equals(toks.get(cue + 1).pos())) return false;
    Token det = toks.get(i - 1);
    return det.is("the") || det.is("a") || det.is("an");
  }
}
