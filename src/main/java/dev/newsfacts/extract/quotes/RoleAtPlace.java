package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "a trader at Lakeside Funds": the proper nouns after a preposition in a description name the place of
 * the role, not the person; only the words before the first preposition can be the person's name
 * ("Sen. Ann Ruiz of Ohio").
 */
final class RoleAtPlace {
  private RoleAtPlace() {}

  /** The words of {@code span} before its first preposition (all of them when it has none). */
  static TokenSpan beforePlace(List<Token> toks, TokenSpan span) {
    for (int k = span.start(); k < span.end(); k++) {
      if ("ADP".equals(SourceFinder.mainTag(toks.get(k)))) return new TokenSpan(span.start(), k);
    }
    return span;
  }
}
