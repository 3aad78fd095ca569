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

  private final boolean[] quoted;

  ClauseSources(AnnotatedText at, boolean[] quoted) {
    this.at = at;
    this.quoted = quoted;
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
    if (isPassiveWithAgent(c, to)) {
      return finder.subjectAfter(c + 1, to); // "Sanders was asked by host Bill Maher"
    }
    int[] s = finder.subjectBefore(c, from);
    if (s == null && !leftIsWord(c, from) && cues.invertible(c)) s = finder.subjectAfter(c, to);
    if (s == null && leftIsVerbLink(c)) s = clauseSubject(c, from);
    return s;
  }

  private boolean isPassiveWithAgent(int c, int to) {
    if (c == 0 || c + 1 >= to || !toks.get(c + 1).is("by")) return false;
    Token prev = toks.get(c - 1);
    return prev.is("was") || prev.is("were") || prev.is("is") || prev.is("are") || prev.is("been") || prev.is("be");
  }

  /** "Netanyahu rallied supporters by warning that", "Clinton would do better to say that". */
  private boolean leftIsVerbLink(int c) {
    if (c == 0) return false;
    Token t = toks.get(c - 1);
    return t.is("to") || t.is("by") || t.is("and") || t.is("in") || t.is("while") || t.is("when") || t.is("after")
        || t.is("before") || t.is("also") || t.is("then");
  }

  /** True when a word (not punctuation or a quote mark) stands right before {@code c} in range. */
  private boolean leftIsWord(int c, int from) {
    if (c - 1 < from) return false;
    Token t = toks.get(c - 1);
    return !"PUNCT".equals(t.pos()) && !SourceFinder.isQuoteMark(t);
  }

  /** The subject of the clause a participle hangs from: an earlier cue's source, or the noun phrase before the first verb. */
  private int[] clauseSubject(int c, int from) {
    Sentence s = at.sentences().get(toks.get(c).sentence());
    // the clause may have begun before a quotation ("X visited NBC's "Today" ..., saying"): look past it
    int lo = quoted[c] ? Math.max(s.firstToken(), from) : s.firstToken();
    for (int k = c - 2; k >= lo; k--) {
      if (quoted[k]) continue;
      int len = cues.cueAt(k, false);
      if (len > 0 && !cues.isParticiple(k) && !leftIsVerbLink(k)) {
        int[] src = finder.subjectBefore(k, lo);
        if (src == null && !leftIsWord(k, lo)) src = finder.subjectAfter(k, c);
        if (src != null) return src;
      }
    }
    // the clause it hangs from: the nearest verb before it whose subject is a noun phrase
    for (int v = c - 2; v > lo; v--) {
      Token t = toks.get(v);
      if (quoted[v] || !"VERB".equals(t.pos())) continue;
      int before = v - 1;
      while (before > lo && ("ADV".equals(toks.get(before).pos()) || "AUX".equals(toks.get(before).pos())
          || toks.get(before).is("not"))) before--;
      Token head = toks.get(before);
      if (head.is("it") || head.is("that") || head.is("which") || head.is("who")) continue;
      int[] np = finder.npEndingAt(before, lo);
      if (np != null && !(np[0] > lo && "ADP".equals(toks.get(np[0] - 1).pos()))) return np;
    }
    return null;
  }

  /** The subject of the sentence {@code s}: the noun phrase before its first verb outside quotation marks. */
  int[] sentenceSubject(Sentence s) {
    int lo = s.firstToken();
    for (int v = lo + 1; v < s.endToken(); v++) {
      Token t = toks.get(v);
      if (quoted[v]) return null;
      if (!"VERB".equals(t.pos()) && !"AUX".equals(t.pos())) continue;
      int before = v - 1;
      while (before > lo && "ADV".equals(toks.get(before).pos())) before--;
      int[] np = finder.npEndingAt(before, lo);
      if (np == null || np[0] > lo && "ADP".equals(toks.get(np[0] - 1).pos())) return null;
      return np;
    }
    return null;
  }

  private static boolean isSubjectWord(Token t) {
    String p = t.pos();
    return "PROPN".equals(p) || "NOUN".equals(p) || "ADJ".equals(p) || "DET".equals(p) || SourceFinder.nounLike(t)
        || "PRON".equals(p) && (t.is("he") || t.is("she") || t.is("they") || t.is("his") || t.is("her")
        || t.is("their"));
  }
}
