package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "Sanders questions her ties and has argued that ...", "The firm keeps its books secret but has
 * always said that ...": a cue after "and" or "but" with auxiliaries or adverbs between them is the
 * second predicate of the clause before it, and shares its subject. With nothing between, the caller's
 * own check already links them.
 */
final class CoordinatedPredicate {
  private CoordinatedPredicate() {}

  /** True when "and" or "but" stands before the cue at {@code c}, with only auxiliaries or adverbs after it. */
  static boolean at(List<Token> toks, SpeechLexicon lexicon, int c, int from) {
    int k = c - 1;
    while (k >= from && isBetween(toks.get(k), lexicon)) {
      // "but is not expected to meet": a passive stance verb reports nobody's words
      if (isBe(toks.get(k))) return false;
      k--;
    }
    if (k == c - 1 || k < from) return false;
    Token link = toks.get(k);
    return link.is("and") || link.is("but");
  }

  private static boolean isBe(Token t) {
    return t.is("is") || t.is("was") || t.is("were") || t.is("are") || t.is("been") || t.is("being");
  }

  private static boolean isBetween(Token t, SpeechLexicon lexicon) {
    if (t.isCapitalised()) return false;
    return lexicon.mayStandBetweenSubjectAndVerb(t.text()) || "ADV".equals(t.pos()) && t.text().endsWith("ly");
  }
}
