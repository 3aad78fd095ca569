package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.function.IntFunction;

/**
 * "Coca-Cola said", "Melissa Mark-Viverito said": the tokenizer sometimes splits a hyphenated name into
 * "Coca" and "-Cola" and the tagger calls the second piece punctuation. A capitalised piece glued to
 * the capitalised word before it still ends that name, so the name is the source.
 */
final class GluedHyphenName {
  private GluedHyphenName() {}

  /** The noun phrase ending in the glued piece at {@code j} (not before {@code limit}), or null. */
  static TokenSpan endingAt(List<Token> toks, int j, int limit, IntFunction<TokenSpan> npEndingAt) {
    if (!isGluedPiece(toks, j) || j - 1 < limit || !toks.get(j - 1).isCapitalised()) return null;
    TokenSpan before = npEndingAt.apply(j - 1);
    return before == null ? null : new TokenSpan(before.start(), j + 1);
  }

  /** "-Cola" right after "Coca", with no space between: a hyphen and a capital letter. */
  static boolean isGluedPiece(List<Token> toks, int j) {
    if (j < 1) return false;
    Token t = toks.get(j);
    String w = t.text();
    return w.length() > 2 && w.charAt(0) == '-' && Character.isUpperCase(w.charAt(1))
        && toks.get(j - 1).end() == t.start();
  }
}
