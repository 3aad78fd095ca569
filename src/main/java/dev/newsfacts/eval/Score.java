package dev.newsfacts.eval;

import java.util.Map;

/**
 * The figures of one scoring run: the counts (named as the reference scorer names them), the
 * summary ratios, both in the reference scorer's order, and per attribution rule how many quotes
 * it decided and how many were right ({@link Scorer#UNATTRIBUTED} for quotes with no speaker), and
 * how many matched direct quotes carry a {@code speaker.name} (a desk counting who was quoted needs one).
 */
public record Score(Map<String, Integer> counts, Map<String, Double> summary, int minGoldWords,
                    Map<String, RuleCount> byRule, int directNamed) {
  public int count(String name) {
    return counts.getOrDefault(name, 0);
  }
}
