package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "The senator — who has long opposed the bill — said", "Many speakers — including Muslims and Jews —
 * said": an aside between two dashes stands between a subject and its verb as an appositive between
 * commas does; the subject is the noun phrase before the first dash.
 */
final class DashAside {
  /** How many tokens an aside may hold. */
  private static final int REACH = 30;

  private DashAside() {}

  /** Whether the token is a dash that may set off an aside. */
  static boolean isDash(Token t) {
    return t.is("\u2014") || t.is("\u2013") || t.is("--");
  }

  /**
   * The index of the dash opening the aside that the dash at {@code close} ends, or -1 when no dash
   * stands before it in reach and in the sentence, or a clause break, a quote mark or a verb of the
   * sentence's own comes first between (an aside may hold a relative clause, not a main verb before it).
   */
  static int opening(List<Token> toks, int close, int limit) {
    if (close < 1 || !isDash(toks.get(close))) return -1;
    for (int k = close - 1; k >= Math.max(limit, close - REACH); k--) {
      Token t = toks.get(k);
      if (t.sentence() != toks.get(close).sentence() || SourceFinder.isQuoteMark(t)) return -1;
      if (t.is(".") || t.is(";") || t.is(":") || t.is("?") || t.is("!")) return -1;
      if (isDash(t)) return k > limit ? k : -1;
    }
    return -1;
  }
}
