package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "The senator says the system is rigged, and his supporters argue that the polls are wrong":
 * what the first cue reports ends where a coordinated clause (or a subordinate one after a comma:
 * ", while another says") brings its own source and cue; that clause is reported speech of its own.
 */
final class CoordinatedClause {
  /** How many words the new clause's source may take before its cue ("and his closest supporters argue"). */
  private static final int REACH = 6;

  private CoordinatedClause() {}

  /** The end of the content {@code [from, end)}: before ", and X argues", or {@code end} when there is none. */
  static int cut(ClauseSources sources, int from, int end) {
    List<Token> toks = sources.tokens();
    for (int k = from + 1; k < end - 1; k++) {
      Token t = toks.get(k);
      // ", while another analyst says ...": a subordinate clause after a comma may bring its own source too
      boolean subordinate = "SCONJ".equals(t.pos()) && toks.get(k - 1).is(",");
      if (!"CCONJ".equals(t.pos()) && !subordinate || CoordinatedSubject.at(toks, from, k)) continue;
      int subject = k + 1;
      for (int c = subject + 1; c < Math.min(end, subject + REACH); c++) {
        int len = sources.cues.cueAt(c, true);
        if (len == 0) continue;
        Source src = sources.sourceOf(c, len, subject, end);
        if (src != null && src.words().start() >= subject && src.words().end() <= c) {
          int cut = toks.get(k - 1).is(",") ? k - 1 : k;
          return cut > from ? cut : end;
        }
        break;
      }
    }
    return end;
  }
}
