package dev.newsfacts.extract.quotes;

/**
 * A cue that introduces the quote through a comma or colon right before its opening mark
 * ('When a man in the crowd shouted, "Resign,"', 'The senator emailed donors saying: "…"') owns it,
 * even when another cue follows the closing mark: that one opens the next speaker's turn ('"Resign,"
 * the mayor joked, "…"'). Other cases go to the ranker it wraps.
 */
final class IntroducingCueRanker implements Ranker {
  /** Tokens an introducing cue may stand from the opening mark: an addressee and the comma ("told her,"). */
  private static final int MAX_GAP = 3;

  private final Ranker otherwise;

  IntroducingCueRanker(Ranker otherwise) {
    this.otherwise = otherwise;
  }

  @Override
  public Ranked rank(QuoteContext ctx, QuoteWindow w, Proposal after, Proposal before) {
    if (after != null && before != null && before.gap() <= MAX_GAP && punctuationBefore(ctx, w)) {
      return new Ranked(before, 0.85);
    }
    return otherwise.rank(ctx, w, after, before);
  }

  /** Whether the token right before the opening mark, inside the quote's window, is a comma or a colon. */
  private static boolean punctuationBefore(QuoteContext ctx, QuoteWindow w) {
    int open = w.beforeTo();
    if (open <= w.beforeFrom()) return false;
    String p = ctx.toks.get(open - 1).text();
    return p.equals(",") || p.equals(":");
  }
}
