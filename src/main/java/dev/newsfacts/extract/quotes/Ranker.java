package dev.newsfacts.extract.quotes;

/** Chooses between the attribution found after a quote and the one found before it. */
interface Ranker {
  /** The chosen proposal and its confidence for the quote of {@code w}, or null when both are null. */
  Ranked rank(QuoteContext ctx, QuoteWindow w, Proposal after, Proposal before);

  record Ranked(Proposal proposal, double confidence) {}
}
