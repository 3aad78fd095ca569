package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.Resolution;
import java.util.List;

/**
 * Links each quoted span to its cue and source: first the attribution right after the quote
 * ("...," he said / said Miller), then one before it in the same paragraph (Brewer said
 * that "..."; Miller said: "..."), then, for a paragraph that opens with a quote and names
 * nobody, the speaker of the quote just before (news copy names a speaker once).
 */
final class DirectQuoteAttributor {
  private static final int TRAIL_REACH = 45;
  private static final int NEAR_TRAIL = 6;
  private static final int NEXT_SENTENCE_REACH = 3;

  private final AnnotatedText at;
  private final List<Token> toks;
  private final ClauseSources sources;

  DirectQuoteAttributor(AnnotatedText at, ClauseSources sources) {
    this.at = at;
    this.toks = at.tokens();
    this.sources = sources;
  }

  void attribute(List<Candidate> quotes) {
    for (int i = 0; i < quotes.size(); i++) {
      Candidate q = quotes.get(i);
      Candidate prevSame = i > 0 && quotes.get(i - 1).marks.paragraph() == q.marks.paragraph() ? quotes.get(i - 1) : null;
      Candidate nextSame = i + 1 < quotes.size() && quotes.get(i + 1).marks.paragraph() == q.marks.paragraph()
          ? quotes.get(i + 1) : null;
      int[] para = at.paragraphs().get(q.marks.paragraph());
      int trailFrom = at.tokenAtOrAfter(q.marks.after());
      int trailTo = at.tokenAtOrAfter(nextSame != null ? nextSame.marks.openMark() : para[1]);
      int leadFrom = at.tokenAtOrAfter(prevSame != null ? prevSame.marks.after() : para[0]);
      int leadTo = at.tokenAtOrAfter(q.marks.openMark());

      int[] trail = dashByline(trailFrom, trailTo);
      // a quote that ends its sentence ("... for a long time.” Political analyst X said") is not
      // attributed by the next sentence, unless the attribution follows at once ("Go.” he said.)
      int reach = endsWithFullStop(q) ? NEXT_SENTENCE_REACH : TRAIL_REACH;
      if (trail == null) trail = findTrailing(trailFrom, Math.min(trailTo, trailFrom + reach));
      if (q.kind == dev.newsfacts.model.QuoteKind.PARTIAL) {
        // words woven into a sentence belong to the cue before them in that sentence, if there is one
        int[] lead = findLeading(Math.max(leadFrom, sentenceStartToken(q.marks.openMark())), leadTo);
        if (lead != null) {
          q.attribute(sourceOf(lead), new int[] {lead[2], lead[3]}, Resolution.EXPLICIT, 0.85);
          continue;
        }
      }
      int[] lead = nameColon(leadFrom, leadTo);
      if (lead == null) lead = findLeading(leadFrom, leadTo);
      // the attribution nearer the quote wins; a tie goes to the one after it (news style)
      int trailGap = trail == null ? Integer.MAX_VALUE
          : (trail[2] < 0 ? trail[0] : Math.min(trail[0], trail[2])) - trailFrom;
      int leadGap = lead == null ? Integer.MAX_VALUE : leadTo - Math.max(lead[1], lead[3]);
      if (trail != null && (trailGap <= NEAR_TRAIL || trailGap <= leadGap)) {
        q.attribute(sourceOf(trail), trail[2] < 0 ? null : new int[] {trail[2], trail[3]},
            Resolution.EXPLICIT, trailGap <= NEAR_TRAIL ? 0.9 : 0.75);
      } else if (lead != null) {
        q.attribute(sourceOf(lead), lead[2] < 0 ? null : new int[] {lead[2], lead[3]},
            Resolution.EXPLICIT, 0.85);
      }
    }
    inheritWithinParagraph(quotes);
    inheritFromPreviousParagraph(quotes);
  }

  /** {source start, source end, cue, cue end, antecedent start, antecedent end (-1 when none)}. */
  private static int[] found(int[] src, int cue, int cueEnd) {
    return src.length == 4 ? new int[] {src[0], src[1], cue, cueEnd, src[2], src[3]}
        : new int[] {src[0], src[1], cue, cueEnd, -1, -1};
  }

  private static int[] sourceOf(int[] f) {
    return f.length >= 6 && f[4] >= 0 ? new int[] {f[0], f[1], f[4], f[5]} : new int[] {f[0], f[1]};
  }

  /** "“…” ― Carla Sanchez" / "“…” — Jane Doe, 34, Miami": a quote signed with a dash and a name. */
  private int[] dashByline(int from, int to) {
    if (from + 1 >= to || !isDash(toks.get(from).text())) return null;
    int k = from + 1;
    int end = k;
    while (end < to && toks.get(end).isCapitalised() && SourceFinder.nounLike(toks.get(end))) end++;
    return end > k ? new int[] {k, end, -1, -1} : null;
  }

  private static boolean isDash(String t) {
    return t.equals("\u2015") || t.equals("\u2014") || t.equals("\u2013") || t.equals("-") || t.equals("--");
  }

  /** "More from Jones: “…”" / "Donald Trump: “…”": a name and a colon right before the quote. */
  private int[] nameColon(int from, int to) {
    int colon = to - 1;
    if (colon - 1 < from || !toks.get(colon).is(":")) return null;
    Token head = toks.get(colon - 1);
    if (!head.isCapitalised() || !SourceFinder.nounLike(head)) return null;
    int k = colon - 1;
    while (k - 1 >= from && toks.get(k - 1).isCapitalised() && SourceFinder.nounLike(toks.get(k - 1))) k--;
    // "Priebus told Fox News: "...": the name is the object of a verb, not the speaker
    for (int v = k - 1; v >= from && v >= k - 4; v--) {
      String p = toks.get(v).pos();
      if ("VERB".equals(p) || "AUX".equals(p) || sources.cues.cueAt(v, false) > 0) return null;
    }
    return new int[] {k, colon, -1, -1};
  }

  private boolean endsWithFullStop(Candidate q) {
    String text = at.text();
    return q.marks.closed() && q.end > q.start && text.charAt(q.end - 1) == '.';
  }

  private int sentenceStartToken(int offset) {
    return at.sentenceAt(offset).firstToken();
  }

  /** First cue in {@code [from, to)} that has a source: {srcFirst, srcEnd, cue, cueEnd}. */
  private int[] findTrailing(int from, int to) {
    for (int c = from; c < to; c++) {
      Token t = toks.get(c);
      if (isSentenceEnd(t)) break;
      int len = sources.cues.cueAt(c, false);
      if (len == 0) continue;
      int[] src = sources.sourceOf(c, len, from, to);
      if (src != null) return found(src, c, c + len);
    }
    return null;
  }

  /** Last cue in {@code [from, to)} that has a source. */
  private int[] findLeading(int from, int to) {
    for (int c = to - 1; c >= from; c--) {
      int len = sources.cues.cueAt(c, false);
      if (len == 0) continue;
      // a cue in an earlier sentence that ended with a full stop attributes that sentence, not this quote
      if (endsSentenceBetween(c + len, to)) return null;
      int[] src = sources.sourceOf(c, len, from, to);
      if (src != null) return found(src, c, c + len);
    }
    return null;
  }

  private boolean endsSentenceBetween(int from, int to) {
    for (int k = from; k < to; k++) if (isSentenceEnd(toks.get(k))) return true;
    return false;
  }

  private static boolean isSentenceEnd(Token t) {
    return t.is(".") || t.is("!") || t.is("?");
  }

  /** A quote with no cue of its own takes the nearest quote of its paragraph that has one, the one before first. */
  private static void inheritWithinParagraph(List<Candidate> quotes) {
    for (int i = 0; i < quotes.size(); i++) {
      Candidate q = quotes.get(i);
      if (q.attributed()) continue;
      int paragraph = q.marks.paragraph();
      Candidate from = null;
      // quotes are in text order, so a paragraph's quotes are neighbours: stop when both sides leave it
      for (int d = 1; from == null; d++) {
        Candidate before = explicitIn(quotes, i - d, paragraph);
        Candidate after = explicitIn(quotes, i + d, paragraph);
        boolean beforeOut = i - d < 0 || quotes.get(i - d).marks.paragraph() != paragraph;
        boolean afterOut = i + d >= quotes.size() || quotes.get(i + d).marks.paragraph() != paragraph;
        from = before != null ? before : after;
        if (from == null && beforeOut && afterOut) break;
      }
      if (from != null) q.attribute(from.source, from.cue, Resolution.NEARBY, 0.75);
    }
  }

  private static Candidate explicitIn(List<Candidate> quotes, int k, int paragraph) {
    if (k < 0 || k >= quotes.size()) return null;
    Candidate o = quotes.get(k);
    return o.marks.paragraph() == paragraph && o.attributed() && o.how == Resolution.EXPLICIT ? o : null;
  }


  private void inheritFromPreviousParagraph(List<Candidate> quotes) {
    for (int i = 1; i < quotes.size(); i++) {
      Candidate q = quotes.get(i);
      if (q.attributed()) continue;
      Candidate prev = quotes.get(i - 1);
      int[] para = at.paragraphs().get(q.marks.paragraph());
      boolean opensParagraph = q.marks.openMark() == para[0];
      boolean adjacent = prev.marks.paragraph() == q.marks.paragraph() - 1;
      if (opensParagraph && adjacent && prev.attributed()) {
        q.attribute(prev.source, prev.cue, Resolution.NEARBY, 0.7);
      }
    }
  }
}
