package dev.newsfacts.eval;

/**
 * What one attribution rule ({@code speaker.rule}) decided on a gold corpus: how many predicted
 * quotes carry it and how many of those are right (matched to a gold quote or attribution, with
 * the right speaker).
 */
public record RuleCount(int quotes, int right) {
  public double share() {
    return quotes == 0 ? 0.0 : (double) right / quotes;
  }

  RuleCount plus(boolean isRight) {
    return new RuleCount(quotes + 1, right + (isRight ? 1 : 0));
  }
}
