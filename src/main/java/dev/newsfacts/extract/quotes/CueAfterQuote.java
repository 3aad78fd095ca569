package dev.newsfacts.extract.quotes;

/**
 * '"…," said Miller' / '"…," Miller said': the first cue with a source after the quote, in its
 * sentence. A quote that ends its sentence ("… for a long time.” Political analyst X said") is
 * not attributed by the next sentence, unless the attribution follows at once ("Go.” he said.).
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
    int reach = endsWithFullStop(ctx, w.quote()) ? NEXT_SENTENCE_REACH : REACH;
    Attribution a = ctx.sources.firstAttribution(w.afterFrom(), Math.min(w.afterTo(), w.afterFrom() + reach));
    return a == null ? null : Proposal.after(rule(), a, w.afterFrom());
  }

  private static boolean endsWithFullStop(QuoteContext ctx, Candidate q) {
    return q.marks.closed() && q.end > q.start && ctx.at.text().charAt(q.end - 1) == '.';
  }
}
