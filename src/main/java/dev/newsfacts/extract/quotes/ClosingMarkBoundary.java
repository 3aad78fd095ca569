package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "... told Bloomberg that the worries were "overblown," adding that ...": the comma before the
 * participle sits inside the closing quotation mark, so the content ends after that mark; what the
 * participle attributes is reported speech of its own.
 */
final class ClosingMarkBoundary {
  private ClosingMarkBoundary() {}

  /** The end of the content {@code [from, end)}: just after a closing mark before a cue participle, or {@code end}. */
  static int cut(ClauseSources sources, boolean[] quoted, int from, int end) {
    List<Token> toks = sources.tokens();
    for (int k = from + 1; k < end - 1; k++) {
      Token mark = toks.get(k);
      if (!SourceFinder.isQuoteMark(mark) || !toks.get(k - 1).is(",")) continue;
      int next = k + 1;
      if (!quoted[next] && sources.cues.isParticiple(next) && sources.cues.cueAt(next, true) > 0) return next;
    }
    return end;
  }
}
