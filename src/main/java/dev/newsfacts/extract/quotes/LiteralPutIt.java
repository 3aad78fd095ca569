package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "as one voter put it," attributes; "He put it on the table" does not. "put it" is a cue only
 * after "as" and the noun phrase of its speaker.
 */
final class LiteralPutIt {
  /** How far back "as" may stand: "as the former Florida governor put it". */
  private static final int MAX_SPEAKER_WORDS = 6;

  private LiteralPutIt() {}

  /** Whether "put it" at {@code put} follows "as" and a speaker. */
  static boolean isAttribution(List<Token> toks, int put) {
    for (int k = put - 1; k >= 0 && put - k <= MAX_SPEAKER_WORDS + 1; k--) {
      Token t = toks.get(k);
      if (t.is("as")) return k < put - 1;
      if ("PUNCT".equals(t.pos()) || "VERB".equals(t.pos()) || "AUX".equals(t.pos())) return false;
    }
    return false;
  }
}
