package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "As the sun came up Monday, Cardinal parked the van", "As a senator, Ruiz voted against it": a phrase
 * opening with "As" sets the scene or the capacity, and the sentence's subject comes after its comma.
 * (For cues the phrase is kept: "As Lee said, "…"" is an attribution, see {@link FrontedClauseCue}.)
 */
final class FrontedAsPhrase {
  /** A longer opening is more likely a sentence of its own than a fronted phrase. */
  private static final int MAX_TOKENS = 15;

  private FrontedAsPhrase() {}

  /** The index of the comma closing an "As" phrase that opens {@code [first, end)}, or -1. */
  static int end(List<Token> toks, boolean[] quoted, int first, int end) {
    if (first >= end || !toks.get(first).is("As") || quoted[first]) return -1;
    for (int k = first + 1; k < end - 1 && k - first <= MAX_TOKENS; k++) {
      if (quoted[k] || SourceFinder.isQuoteMark(toks.get(k))) return -1;
      if (toks.get(k).is(",")) return k;
    }
    return -1;
  }
}
