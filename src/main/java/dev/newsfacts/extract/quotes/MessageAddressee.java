package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.function.IntFunction;

/**
 * "Her email to donors says", "The letter to shareholders notes": the noun phrase right before the
 * cue is whom a message went to; the message that speaks is the noun phrase before "to", addressee
 * and all.
 */
final class MessageAddressee {
  private MessageAddressee() {}

  /**
   * {@code np} widened to the message it is addressed by, or {@code np} itself; {@code npEndingAt}
   * gives the noun phrase ending at a token (null when none).
   */
  static TokenSpan widen(List<Token> toks, SpeechLexicon lexicon, TokenSpan np, int limit, IntFunction<TokenSpan> npEndingAt) {
    int to = np.start() - 1;
    if (to - 1 < limit || !toks.get(to).is("to")) return np;
    Token message = toks.get(to - 1);
    if (!"NOUN".equals(SourceFinder.mainTag(message)) || !lexicon.isMessageNoun(message.text())) return np;
    TokenSpan outer = npEndingAt.apply(to - 1);
    if (outer == null || outer.start() > limit && "ADP".equals(toks.get(outer.start() - 1).pos())) return np;
    return new TokenSpan(outer.start(), np.end());
  }
}
