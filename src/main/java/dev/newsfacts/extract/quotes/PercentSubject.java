package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "47% say the country is on the wrong track": a share of those polled, written as a number and a
 * percent sign, is the subject of the verb after it, as "47 percent" is. The tagger calls the sign a
 * symbol, so the noun-phrase rules do not take it for the head it is here.
 */
final class PercentSubject {
  private PercentSubject() {}

  /** The number and sign ending at token {@code j} (not before {@code limit}), or null. */
  static TokenSpan endingAt(List<Token> toks, int j, int limit) {
    if (j - 1 < limit || !toks.get(j).is("%") || !"NUM".equals(toks.get(j - 1).pos())) return null;
    return new TokenSpan(j - 1, j + 1);
  }
}
