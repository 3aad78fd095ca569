package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "Martin's partner": the possessor is not the speaker. The words that name the speaker start
 * after the last possessive inside the phrase (unless the possessive ends it).
 */
final class PossessorSkip {
  private PossessorSkip() {}

  static TokenSpan head(List<Token> toks, TokenSpan words) {
    for (int k = words.end() - 2; k >= words.start(); k--) {
      String w = toks.get(k).text();
      if (w.endsWith("'s") || w.endsWith("\u2019s") || w.equals("'") || w.equals("\u2019")) {
        return new TokenSpan(k + 1, words.end());
      }
    }
    return words;
  }
}
