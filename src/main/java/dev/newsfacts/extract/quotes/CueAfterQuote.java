package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;

/**
 * '"…," said Miller' / '"…," Miller said': the first cue with a source after the quote, in its
 * sentence. A quote that ends its sentence ("… for a long time.” Political analyst X said") is
 * not attributed by the next sentence, unless the attribution follows at once and says nothing
 * of its own ("Go.” he said.): 'he replied, “…” He added, “…”', '“…” She noted a rally on Friday'
 * and 'Reid said both …' open a new statement, and a cue before the quote is its attribution.
 */
final class CueAfterQuote implements AttributionFinder {
  private static final int REACH = 45;
  private static final int NEXT_SENTENCE_REACH = 3;

  @Override
  public String rule() {
    return "cue-after";
  }

  @Override
  public Proposal find(QuoteContext ctx, QuoteWindow w) {
    boolean sentenceEnded = endsWithFullStop(ctx, w.quote());
    int reach = sentenceEnded ? NEXT_SENTENCE_REACH : REACH;
    Attribution a = ctx.sources.firstAttribution(w.afterFrom(), Math.min(w.afterTo(), w.afterFrom() + reach));
    if (a == null) return null;
    if (sentenceEnded && (opensStatement(ctx, a, w.afterTo()) || ctx.sources.lastAttribution(w.beforeFrom(), w.beforeTo()) != null)) {
      return null;
    }
    return Proposal.after(rule(), a, w.afterFrom());
  }

  private static boolean endsWithFullStop(QuoteContext ctx, Candidate q) {
    return q.marks.closed() && q.end > q.start && ctx.at.text().charAt(q.end - 1) == '.';
  }

  /**
   * Whether the attribution goes on to words of its own before its sentence ends: a quotation
   * mark, a colon, "that" or another verb (He added, "…" / She noted a rally / Reid said both …).
   */
  private static boolean opensStatement(QuoteContext ctx, Attribution a, int to) {
    int from = Math.max(a.source().words().end(), a.cue() == null ? 0 : a.cue().end());
    for (int k = from; k < Math.min(to, ctx.toks.size()); k++) {
      Token t = ctx.toks.get(k);
      if (t.is(".") || t.is("!") || t.is("?")) return false;
      // "Reid said both are "non-entities"": a linking verb opens a clause of the attribution's own too
      if (SourceFinder.isQuoteMark(t) || t.is(":") || t.is("that") || "VERB".equals(t.pos()) || "AUX".equals(t.pos())) return true;
      if (t.sentence() != ctx.toks.get(from).sentence()) return false;
    }
    return false;
  }
}
