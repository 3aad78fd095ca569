package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "according to exit polls", "according to complete but unofficial returns", "according to F.A.A.
 * records": "according to" always takes a noun phrase, so when the noun-phrase walk stops at a word
 * the tagger got wrong (exit/PRON) or at a conjunction, the words up to the end of the phrase (a comma,
 * another punctuation mark or the sentence end) are the source, as long as they hold a noun and are
 * no longer than a source usually is.
 */
final class AccordingToPhrase {
  /** A longer run than this is more likely a clause the tagger lost than a source. */
  private static final int MAX_WORDS = 12;

  private AccordingToPhrase() {}

  /** The source after "according to", starting at token {@code from}; null when there is none. */
  static TokenSpan source(List<Token> toks, int from, int limit) {
    int end = from;
    boolean noun = false;
    while (end < limit) {
      Token t = toks.get(end);
      if (("PUNCT".equals(t.pos()) && !t.text().endsWith(".") || t.is(".")) || SourceFinder.isQuoteMark(t)) break;
      // "according to court records": after "to" the tagger may read a noun as a verb ("court/VERB");
      // the first word opens the source whatever its tag, when a noun follows it in the phrase
      boolean opener = end == from && end + 1 < limit && "NOUN".equals(toks.get(end + 1).pos());
      if (SourceFinder.verbTag(t.pos()) && !t.text().endsWith("ed") && !opener) break;
      if ("NOUN".equals(t.pos()) || "PROPN".equals(t.pos())) noun = true;
      end++;
    }
    if (!noun || end == from || end - from > MAX_WORDS) return null;
    return new TokenSpan(from, end);
  }
}
