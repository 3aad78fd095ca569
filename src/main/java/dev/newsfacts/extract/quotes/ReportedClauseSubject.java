package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "Lane, 22, of Flint, said he hadn't given up": a noun phrase right after a cue that is itself
 * followed by a verb, a conjunction or an opening quotation mark opens what was said; it is not an
 * inverted source ("said Lane, a teacher").
 */
final class ReportedClauseSubject {
  private ReportedClauseSubject() {}

  /** True when the phrase {@code np} after a cue is followed by a verb, an auxiliary, a conjunction or an opening mark. */
  static boolean test(List<Token> toks, TokenSpan np) {
    if (np == null || np.end() >= toks.size()) return false;
    Token next = toks.get(np.end());
    String p = SourceFinder.mainTag(next);
    // "said the owner of a shop that sells shoes": a relative clause of the phrase, which stays the source
    if (next.is("that") && RelativeThat.at(toks, np.end())) return false;
    // "said the days when ...", "said the president "offered no changes"": the phrase still opens a clause
    return "VERB".equals(p) || "AUX".equals(p) || "SCONJ".equals(p) || next.is("when")
        || SourceFinder.isQuoteMark(next) && np.end() + 1 < toks.size() && toks.get(np.end() + 1).start() == next.end();
  }
}
