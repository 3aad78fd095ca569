package dev.newsfacts.eval;

import java.util.Map;

/**
 * The figures of one scoring run: the counts (named as the reference scorer names them) and the
 * summary ratios, both in the reference scorer's order.
 */
public record Score(Map<String, Integer> counts, Map<String, Double> summary, int minGoldWords) {
  public int count(String name) {
    return counts.getOrDefault(name, 0);
  }
}
