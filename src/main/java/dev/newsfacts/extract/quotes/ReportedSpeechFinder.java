package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.QuoteKind;
import dev.newsfacts.model.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reported speech without quotation marks, sentence by sentence: "X said (that) CONTENT",
 * "CONTENT, X said", "according to X, CONTENT" and "CONTENT, according to X".
 */
final class ReportedSpeechFinder {
  private static final Set<String> TAKES_OBJECT = Set.of(
      "tell", "inform", "assure", "warn", "remind", "urge", "ask", "promise", "caution", "accuse", "show");
  private static final int MIN_CONTENT_TOKENS = 3;

  private final AnnotatedText at;
  private final List<Token> toks;
  private final ClauseSources sources;
  private final boolean[] quoted;

  ReportedSpeechFinder(AnnotatedText at, ClauseSources sources, boolean[] quoted) {
    this.at = at;
    this.toks = at.tokens();
    this.sources = sources;
    this.quoted = quoted;
  }

  List<Candidate> find() {
    List<Candidate> out = new ArrayList<>();
    for (Sentence s : at.sentences()) {
      int lastContentEnd = -1;
      for (int c = s.firstToken(); c < s.endToken(); c++) {
        if (quoted[c]) continue;
        int len = sources.cues.cueAt(c, true);
        if (len == 0) continue;
        Candidate cand = sources.cues.isAccordingTo(c) ? accordingTo(s, c) : verbCue(s, c, len);
        if (cand != null && cand.start >= lastContentEnd) {
          out.add(cand);
          lastContentEnd = cand.end;
        }
      }
    }
    return out;
  }

  private Candidate verbCue(Sentence s, int c, int len) {
    int[] src = sources.sourceOf(c, len, s.firstToken(), s.endToken());
    if (src == null) return null;
    int[] cue = {c, c + len};
    if (src[0] > c) {
      // inverted ("..., said Miller"): the content is what came before
      return before(s, Math.min(c, src[0]), src, cue);
    }
    int after = c + len;
    String lemma = sources.cues.lemma(c);
    if (after < s.endToken() && lemma != null && TAKES_OBJECT.contains(lemma)) {
      after = skipObject(after, s.endToken());
    }
    if (after < s.endToken() && toks.get(after).is("that")) after++;
    if (after < s.endToken() && toks.get(after).is(",") && !sources.cues.isParticiple(c)) {
      // "X said, ..." with no quote: rare; "..., X said, adding" is handled by the content-before branch
    }
    int contentEnd = trimEnd(after, s.endToken());
    if (contentEnd - after >= MIN_CONTENT_TOKENS && hasVerb(after, contentEnd) && !startsWithQuote(after)) {
      return candidate(after, contentEnd, src, cue, 0.6);
    }
    if (src[0] > s.firstToken() && toks.get(src[0] - 1).is(",")) {
      return before(s, src[0], src, cue);
    }
    return null;
  }

  private Candidate before(Sentence s, int boundary, int[] src, int[] cue) {
    int comma = boundary - 1;
    if (comma <= s.firstToken() || !toks.get(comma).is(",")) return null;
    int from = s.firstToken();
    while (from < comma && ("PUNCT".equals(toks.get(from).pos()) || SourceFinder.isQuoteMark(toks.get(from)))) from++;
    if (comma - from < MIN_CONTENT_TOKENS || !hasVerb(from, comma) || anyQuoted(from, comma)) return null;
    return candidate(from, comma, src, cue, 0.6);
  }

  private Candidate accordingTo(Sentence s, int c) {
    int[] src = sources.sourceOf(c, 2, s.firstToken(), s.endToken());
    if (src == null) return null;
    int[] cue = {c, c + 2};
    if (c > s.firstToken() && toks.get(c - 1).is(",")) {
      return before(s, c, src, cue);
    }
    int after = src[1];
    if (after < s.endToken() && toks.get(after).is(",")) after++;
    int end = trimEnd(after, s.endToken());
    if (end - after >= MIN_CONTENT_TOKENS && hasVerb(after, end) && !anyQuoted(after, end)) {
      return candidate(after, end, src, cue, 0.65);
    }
    return null;
  }

  private int skipObject(int i, int limit) {
    int k = i;
    while (k < limit && isObjectWord(toks.get(k))) k++;
    return k;
  }

  private static boolean isObjectWord(Token t) {
    String p = t.pos();
    return "PRON".equals(p) && !t.is("that") || "PROPN".equals(p) || "NOUN".equals(p) || "DET".equals(p) && !t.is("that")
        || "ADJ".equals(p) || "NUM".equals(p);
  }

  private int trimEnd(int from, int to) {
    int e = to;
    while (e > from && ("PUNCT".equals(toks.get(e - 1).pos()) || SourceFinder.isQuoteMark(toks.get(e - 1)))) e--;
    return e;
  }

  private boolean hasVerb(int a, int b) {
    for (int i = a; i < b; i++) {
      String p = toks.get(i).pos();
      if ("VERB".equals(p) || "AUX".equals(p)) return true;
    }
    return false;
  }

  private boolean startsWithQuote(int i) {
    return quoted[i] || SourceFinder.isQuoteMark(toks.get(i));
  }

  private boolean anyQuoted(int a, int b) {
    int n = 0;
    for (int i = a; i < b; i++) if (quoted[i]) n++;
    return n * 2 > (b - a);
  }

  private Candidate candidate(int from, int to, int[] src, int[] cue, double confidence) {
    Candidate c = new Candidate(QuoteKind.INDIRECT, toks.get(from).start(), toks.get(to - 1).end(), null);
    c.attribute(src, cue, Resolution.EXPLICIT, confidence);
    return c;
  }
}
