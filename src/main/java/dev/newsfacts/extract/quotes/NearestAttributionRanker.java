package dev.newsfacts.extract.quotes;

/**
 * The attribution nearer the quote wins; a tie goes to the one after it (news style: "...," she
 * said), and one right after the quote wins whatever comes before.
 */
final class NearestAttributionRanker implements Ranker {
  private static final int NEAR_AFTER = 6;

  @Override
  public Ranked rank(QuoteContext ctx, QuoteWindow w, Proposal after, Proposal before) {
    int beforeGap = before == null ? Integer.MAX_VALUE : before.gap();
    if (after != null && (after.gap() <= NEAR_AFTER || after.gap() <= beforeGap)) {
      return new Ranked(after, after.gap() <= NEAR_AFTER ? 0.9 : 0.75);
    }
    return before == null ? null : new Ranked(before, 0.85);
  }
}
