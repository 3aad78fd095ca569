package dev.newsfacts.extract.quotes;

import dev.newsfacts.model.Resolution;
import java.util.List;

/**
 * The attribution next to a quoted span: each side's finders are tried in order, the first that
 * finds wins its side, and the ranker chooses between the two sides. The quote takes the rule of
 * the finder that won.
 */
final class AdjacentAttribution implements Sieve {
  private final List<AttributionFinder> after;
  private final List<AttributionFinder> before;
  private final Ranker ranker;

  AdjacentAttribution(List<AttributionFinder> after, List<AttributionFinder> before, Ranker ranker) {
    this.after = List.copyOf(after);
    this.before = List.copyOf(before);
    this.ranker = ranker;
  }

  @Override
  public String name() {
    return "adjacent";
  }

  @Override
  public void apply(QuoteContext ctx) {
    List<Candidate> marked = ctx.marked();
    for (int i = 0; i < marked.size(); i++) {
      Candidate q = marked.get(i);
      if (q.attributed()) continue;
      QuoteWindow w = QuoteWindow.of(ctx, marked, i);
      Ranker.Ranked r = ranker.rank(ctx, w, first(after, ctx, w), first(before, ctx, w));
      if (r != null) q.attribute(r.proposal().attribution(), Resolution.EXPLICIT, r.confidence(), r.proposal().rule());
    }
  }

  private static Proposal first(List<AttributionFinder> finders, QuoteContext ctx, QuoteWindow w) {
    for (AttributionFinder f : finders) {
      Proposal p = f.find(ctx, w);
      if (p != null) return p;
    }
    return null;
  }
}
