package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.function.IntFunction;

/**
 * "A staff report presented to trustees warned", "Residents evacuated from the valley said": a noun with a past
 * participle and its prepositional phrase after it is the subject, phrase and all; the noun after the preposition
 * is no source.
 */
final class ParticiplePhraseSubject {
  private ParticiplePhraseSubject() {}

  /**
   * The subject ending at token {@code j} (the last word before the cue) when the noun phrase there is the object of
   * a preposition after a past participle after a noun; null otherwise.
   */
  static TokenSpan endingAt(List<Token> toks, int j, int limit, IntFunction<TokenSpan> npEndingAt) {
    TokenSpan object = npEndingAt.apply(j);
    if (object == null || object.start() - 3 < limit) return null;
    Token prep = toks.get(object.start() - 1);
    Token participle = toks.get(object.start() - 2);
    Token noun = toks.get(object.start() - 3);
    if (!"ADP".equals(prep.pos()) || !"VERB".equals(participle.pos()) || !participle.text().endsWith("ed")
        || participle.isCapitalised() || !nounLike(noun)) {
      return null;
    }
    TokenSpan head = npEndingAt.apply(object.start() - 3);
    if (head == null || head.start() > limit && "ADP".equals(toks.get(head.start() - 1).pos())) return null;
    return new TokenSpan(head.start(), j + 1);
  }

  /** "Residents/PROPN evacuated": a plural capitalised only because it opens the sentence counts as a noun. */
  private static boolean nounLike(Token t) {
    String tag = SourceFinder.mainTag(t);
    return "NOUN".equals(tag) || "PROPN".equals(tag);
  }
}
