package dev.newsfacts.extract.quotes;

/**
 * An attribution found next to one quote by one rule, with its distance in tokens from the quote
 * (the ranker prefers the nearer one).
 */
record Proposal(String rule, Attribution attribution, int gap) {
  /** Found after the quote: the gap runs from the quote's end to the first word of source or cue. */
  static Proposal after(String rule, Attribution a, int quoteEnd) {
    int first = a.cue() == null ? a.source().words().start() : Math.min(a.source().words().start(), a.cue().start());
    return new Proposal(rule, a, first - quoteEnd);
  }

  /** Found before the quote: the gap runs from the last word of source or cue to the quote. */
  static Proposal before(String rule, Attribution a, int quoteStart) {
    int last = a.cue() == null ? a.source().words().end() : Math.max(a.source().words().end(), a.cue().end());
    return new Proposal(rule, a, quoteStart - last);
  }
}
