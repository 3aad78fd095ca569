package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.function.IntFunction;

/**
 * "A White House official who spoke anonymously to discuss internal strategy said": the noun phrase
 * right before the cue is the object of a relative clause's verb; the source is the noun phrase the
 * clause hangs from, before "who". Without commas around the clause, which the appositive walk
 * handles.
 */
final class RelativeClauseObject {
  /** How far back from the phrase "who" may stand. */
  private static final int REACH = 12;

  private RelativeClauseObject() {}

  /**
   * The phrase before "who" when {@code np} ends a relative clause that has a verb of its own,
   * else null; {@code npEndingAt} gives the noun phrase ending at a token (null when none).
   */
  static TokenSpan outer(List<Token> toks, TokenSpan np, int limit, IntFunction<TokenSpan> npEndingAt) {
    boolean verb = false;
    for (int k = np.start() - 1; k >= Math.max(limit, np.start() - REACH); k--) {
      Token t = toks.get(k);
      if ("PUNCT".equals(t.pos()) || SourceFinder.isQuoteMark(t)) return null;
      if (t.is("who")) {
        if (!verb || k - 1 < limit) return null;
        return npEndingAt.apply(k - 1);
      }
      if (SourceFinder.verbTag(t.pos())) verb = true;
    }
    return null;
  }
}
