package dev.newsfacts.extract.quotes;

/** 'Brewer said that "…"' / 'Miller said: "…"': the last cue with a source before the quote, in its sentence. */
final class CueBeforeQuote implements AttributionFinder {
  @Override
  public String rule() {
    return "cue-before";
  }

  @Override
  public Proposal find(QuoteContext ctx, QuoteWindow w) {
    Attribution a = ctx.sources.lastAttribution(w.beforeFrom(), w.beforeTo());
    return a == null ? null : Proposal.before(rule(), a, w.beforeTo());
  }
}
