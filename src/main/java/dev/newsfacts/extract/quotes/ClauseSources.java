package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * Finds the source of a cue inside a stretch of tokens: the subject of the cue verb, the
 * inverted subject after it, the noun phrase after "according to", or for a participle
 * ("..., calling it") the subject of the clause it hangs from.
 */
final class ClauseSources {
  private final AnnotatedText at;
  private final List<Token> toks;
  private final SourceFinder finder;
  final Cues cues;

  ClauseSources(AnnotatedText at) {
    this.at = at;
    this.toks = at.tokens();
    this.finder = new SourceFinder(toks);
    this.cues = new Cues(toks);
  }

  /** Source tokens of the cue at {@code c}, searching within {@code [from, to)}; null if none. */
  int[] sourceOf(int c, int cueLen, int from, int to) {
    if (cues.isAccordingTo(c)) {
      return finder.subjectAfter(c + 1, to);
    }
    if (cues.isParticiple(c)) {
      return clauseSubject(c, from);
    }
    int[] s = finder.subjectBefore(c, from);
    if (s == null && !leftIsWord(c, from)) s = finder.subjectAfter(c, to);
    return s;
  }

  /** True when a word (not punctuation or a quote mark) stands right before {@code c} in range. */
  private boolean leftIsWord(int c, int from) {
    if (c - 1 < from) return false;
    Token t = toks.get(c - 1);
    return !"PUNCT".equals(t.pos()) && !SourceFinder.isQuoteMark(t);
  }

  /** The subject of the clause a participle hangs from: an earlier cue's source, or the sentence's first noun phrase. */
  private int[] clauseSubject(int c, int from) {
    Sentence s = at.sentences().get(toks.get(c).sentence());
    int lo = Math.max(s.firstToken(), 0);
    for (int k = c - 2; k >= lo; k--) {
      int len = cues.cueAt(k, false);
      if (len > 0 && !cues.isParticiple(k)) {
        int[] src = sourceOf(k, len, lo, c);
        if (src != null) return src;
      }
    }
    int k = lo;
    while (k < c && ("PUNCT".equals(toks.get(k).pos()) || SourceFinder.isQuoteMark(toks.get(k)))) k++;
    int end = k;
    while (end < c && isSubjectWord(toks.get(end))) end++;
    if (end == k) return null;
    int[] np = finder.npEndingAt(end - 1, k);
    return np;
  }

  private static boolean isSubjectWord(Token t) {
    String p = t.pos();
    return "PROPN".equals(p) || "NOUN".equals(p) || "ADJ".equals(p) || "DET".equals(p) || "PRON".equals(p)
        && (t.is("he") || t.is("she") || t.is("they") || t.is("his") || t.is("her") || t.is("their"));
  }
}
