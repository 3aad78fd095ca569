package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "Lee says the rival is attacking him because the polls have tightened, said voters should back
 * him ...": a cue verb right after a comma that opens a clause of its own ("that ...", or a noun
 * phrase and its verb) starts a second report by the same source, not more of the first. An
 * inverted source (", said Lee.") opens no clause and is left alone.
 */
final class SecondCue {
  private SecondCue() {}

  /** True when the token at {@code c} (before {@code end}) is a cue verb that opens a reported clause. */
  static boolean at(ClauseSources sources, int c, int end) {
    List<Token> toks = sources.tokens();
    if (c + 1 >= end || !"VERB".equals(SourceFinder.mainTag(toks.get(c))) || toks.get(c).text().endsWith("ing")) return false;
    int len = sources.cues.cueAt(c, true);
    if (len == 0 || c + len >= end) return false;
    int after = c + len;
    if (toks.get(after).is("that")) return true;
    int k = after;
    while (k < end && isNounPhraseWord(toks.get(k))) k++;
    return k > after && k < end && ReportedClauseSubject.test(toks, new TokenSpan(after, k));
  }

  private static boolean isNounPhraseWord(Token t) {
    String p = SourceFinder.mainTag(t);
    return "NOUN".equals(p) || "PROPN".equals(p) || "DET".equals(p) || "ADJ".equals(p) || "PRON".equals(p) || "NUM".equals(p);
  }
}
