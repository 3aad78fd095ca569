package dev.newsfacts.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One-to-one greedy matching of predictions to gold spans. Candidates overlap by at least half of
 * the longer span (direct quotes) or of the shorter one (attributions) and are taken by decreasing
 * overlap, then decreasing overlap share, then gold order, then prediction order.
 */
final class GreedyMatch {
  record Pair(int gold, int pred) {}

  /** The pairs, and for each prediction the gold spans it was a candidate for. */
  record Result(List<Pair> pairs, List<List<Integer>> candidatesOfPred) {}

  private record Candidate(int overlap, double share, int gold, int pred) {}

  private GreedyMatch() {}

  static Result match(List<List<Span>> golds, List<Span> preds, boolean longer) {
    List<Candidate> cands = new ArrayList<>();
    List<List<Integer>> perPred = new ArrayList<>();
    int[] glen = new int[golds.size()];
    for (int g = 0; g < golds.size(); g++) glen[g] = Span.length(golds.get(g));
    for (int p = 0; p < preds.size(); p++) {
      Span ps = preds.get(p);
      List<Integer> mine = new ArrayList<>();
      perPred.add(mine);
      for (int g = 0; g < golds.size(); g++) {
        int ov = Span.overlap(golds.get(g), ps.start(), ps.end());
        if (ov <= 0) continue;
        int ref = longer ? Math.max(glen[g], ps.length()) : Math.min(glen[g], ps.length());
        if ((long) ov * 2 >= ref) {
          cands.add(new Candidate(ov, (double) ov / Math.max(glen[g], ps.length()), g, p));
          mine.add(g);
        }
      }
    }
    cands.sort(Comparator.comparingInt((Candidate c) -> -c.overlap)
        .thenComparing(Comparator.comparingDouble((Candidate c) -> c.share).reversed())
        .thenComparingInt(c -> c.gold).thenComparingInt(c -> c.pred));
    Set<Integer> usedG = new HashSet<>();
    Set<Integer> usedP = new HashSet<>();
    List<Pair> pairs = new ArrayList<>();
    for (Candidate c : cands) {
      if (usedG.contains(c.gold) || usedP.contains(c.pred)) continue;
      usedG.add(c.gold);
      usedP.add(c.pred);
      pairs.add(new Pair(c.gold, c.pred));
    }
    return new Result(pairs, perPred);
  }
}
