package dev.newsfacts.extract.quotes;

import java.util.List;

/** Finds the spans that may be quotes: words in quotation marks, or reported speech around a cue. */
interface CandidateGenerator {
  List<Candidate> generate(QuoteContext ctx);
}
