package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * Two bare numbers that share the noun after the second: "push 35 to 40 barges", "prison terms of three and four
 * years", "two or three days". The first counts what the second does. A dash joins scores and splits
 * too ("a 5-4 decision"), so only words join here.
 */
final class RangeHighEnds {
  private static final Set<String> JOINERS = Set.of("to", "or", "and");

  private RangeHighEnds() {}

  /** The token after the high end when {@code k} opens "to 40", "or four" within the sentence; else {@code k}. */
  static int skip(List<Token> toks, int k, int sentence) {
    if (k + 2 < toks.size() && toks.get(k + 1).sentence() == sentence
        && JOINERS.contains(toks.get(k).text().toLowerCase(java.util.Locale.ROOT))
        && "NUM".equals(toks.get(k + 1).pos()) && toks.get(k + 2).sentence() == sentence) {
      return k + 2;
    }
    return k;
  }
}
