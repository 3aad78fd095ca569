package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "Rothschild & Co", "Brighton & Hove Albion", "Marks & Spencer": news prose joins two names with "and"; an
 * ampersand between capitalised words is written inside one name, which is a firm's or a club's.
 */
final class AmpersandNames {
  private AmpersandNames() {}

  /** Whether the "&" at {@code j} joins the capitalised word before it to the one after it. */
  static boolean joins(List<Token> toks, int j, boolean[] blocked) {
    if (j < 1 || j + 1 >= toks.size() || !toks.get(j).is("&")) return false;
    Token before = toks.get(j - 1);
    Token after = toks.get(j + 1);
    return before.sentence() == after.sentence() && CapitalisedRuns.namePart(toks, j - 1, blocked)
        && !CapitalisedRuns.possessive(before) && CapitalisedRuns.namePart(toks, j + 1, blocked)
        && toks.get(j).start() - before.end() <= 1 && after.start() - toks.get(j).end() <= 1;
  }

  /** Whether the run {@code [a, b)} has an ampersand inside it. */
  static boolean inside(List<Token> toks, int a, int b) {
    for (int k = a + 1; k < b - 1; k++) if (toks.get(k).is("&")) return true;
    return false;
  }
}
