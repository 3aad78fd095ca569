package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "said she and her husband are expecting a child": a conjunction with no verb between the start of
 * the content and it joins two subjects of one clause, not two clauses; the words after it are no
 * report of their own, however much "her husband are expecting" looks like a source and a cue.
 */
final class CoordinatedSubject {
  private CoordinatedSubject() {}

  /** Whether the conjunction at token {@code conj} follows content {@code [from, conj)} with no verb in it: an "and" or "or" with no comma before it. */
  static boolean at(List<Token> toks, int from, int conj) {
    // ", and he attacked", "but he said": a comma or "but" joins clauses
    Token t = toks.get(conj);
    if (!t.is("and") && !t.is("or") || conj > 0 && toks.get(conj - 1).is(",")) return false;
    for (int i = from; i < conj; i++) {
      if (SourceFinder.verbTag(toks.get(i).pos())) return false;
    }
    return true;
  }
}
