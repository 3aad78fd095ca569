package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "Lane, 22, of Flint, said he hadn't given up": a noun phrase right after a cue that is itself
 * followed by a verb opens what was said; it is not an inverted source ("said Lane, a teacher").
 */
final class ReportedClauseSubject {
  private ReportedClauseSubject() {}

  /** True when the phrase {@code np} after a cue is followed by a verb or an auxiliary. */
  static boolean test(List<Token> toks, TokenSpan np) {
    if (np == null || np.end() >= toks.size()) return false;
    String p = SourceFinder.mainTag(toks.get(np.end()));
    return "VERB".equals(p) || "AUX".equals(p);
  }
}
