package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "according to a statement from the RCMP", "according to figures from Statistics Canada": the
 * message is the source's words, but the one who sent it names the source. The source covers both,
 * and its naming part is the sender.
 */
final class MessageSender {
  private MessageSender() {}

  /** The source for {@code np}, widened over "from/by/of" and the sender when {@code np} ends in a message noun. */
  static Source widen(List<Token> toks, SpeechLexicon lexicon, SourceFinder finder, TokenSpan np, int limit) {
    if (np == null) return null;
    int after = np.end();
    if (after >= limit || !lexicon.isMessageNoun(toks.get(after - 1).text())) return Source.of(np);
    Token link = toks.get(after);
    if (!link.is("from") && !link.is("by") && !link.is("of")) return Source.of(np);
    TokenSpan sender = finder.subjectAfter(after, limit);
    if (sender == null || !toks.get(sender.start()).isCapitalised() && !"DET".equals(toks.get(sender.start()).pos())) {
      return Source.of(np);
    }
    return new Source(new TokenSpan(np.start(), sender.end()), sender);
  }
}
