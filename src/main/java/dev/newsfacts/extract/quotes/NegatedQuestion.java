package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "did not say whether the plant would close", "would not say which roads", "declined to say
 * what": a negated speech verb before a question reports what was NOT said.
 */
final class NegatedQuestion {
  /** How far before the verb the negation may stand: "did not immediately say", "declined to say". */
  private static final int REACH = 3;

  private NegatedQuestion() {}

  static boolean test(List<Token> toks, SpeechLexicon lexicon, int cue, int contentStart) {
    if (contentStart >= toks.size() || !lexicon.opensQuestion(toks.get(contentStart).text())) return false;
    return negated(toks, lexicon, cue);
  }

  /**
   * Whether the speech verb at {@code cue} is negated ("would not say", "declined to say"). Then the
   * words before it are not what was said either: "Asked which schools would close, Scott would not say."
   */
  static boolean negated(List<Token> toks, SpeechLexicon lexicon, int cue) {
    for (int k = cue - 1; k >= 0 && cue - k <= REACH; k--) {
      Token t = toks.get(k);
      if (lexicon.isNegator(t.text())) return true;
      if ("PUNCT".equals(t.pos())) return false;
    }
    return false;
  }
}
