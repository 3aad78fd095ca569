package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;

/**
 * "Cocoa farmers say prices are too low ... cocoa output fell": a gazetteer town whose name is also an ordinary word
 * is capitalised at a sentence's start whatever it means; where the article writes the same word in lower case
 * elsewhere, it is the ordinary word there too, not the town.
 */
final class CommonWordTowns {
  private CommonWordTowns() {}

  /** Whether token {@code i}, one word opening its sentence, is written in lower case elsewhere in the article. */
  static boolean ordinaryAt(List<Token> toks, int i) {
    Token t = toks.get(i);
    boolean opens = i == 0 || toks.get(i - 1).sentence() != t.sentence() || CapitalisedRuns.isOpeningMark(toks.get(i - 1));
    if (!opens) return false;
    String lower = t.text().toLowerCase(Locale.ROOT);
    if (lower.equals(t.text())) return false;
    for (Token u : toks) if (u.text().equals(lower)) return true;
    return false;
  }
}
