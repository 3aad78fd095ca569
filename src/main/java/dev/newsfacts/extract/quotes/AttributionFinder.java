package dev.newsfacts.extract.quotes;

/** One way of finding the attribution on one side of a quoted span ("," he said / Miller said: "). */
interface AttributionFinder {
  String rule();

  /** The attribution found, or null. */
  Proposal find(QuoteContext ctx, QuoteWindow w);
}
