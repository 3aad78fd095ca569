package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "says Martin's partner, Joe Lee": a description after an inverted cue, followed by a name in
 * apposition. The source is the description and the name; the name, not the possessor inside
 * the description, names the speaker.
 */
final class AppositiveName {
  private static final int MAX_NAME_WORDS = 4;

  private AppositiveName() {}

  /** The source of an inverted cue, widened to a name in apposition after it; null for null. */
  static Source extend(List<Token> toks, TokenSpan np, int limit) {
    if (np == null) return null;
    TokenSpan name = nameAfter(toks, np.end(), limit);
    if (name == null || startsWithName(toks, np)) return Source.of(np);
    return new Source(new TokenSpan(np.start(), name.end()), name);
  }

  /** ", Joe Lee" ending the clause (end of range, a comma or a full stop): the name's tokens. */
  static TokenSpan nameAfter(List<Token> toks, int comma, int limit) {
    if (comma + 1 >= limit || !toks.get(comma).is(",")) return null;
    int k = comma + 1;
    while (k < limit && k - comma - 1 < MAX_NAME_WORDS && isNameWord(toks.get(k))) k++;
    int words = k - comma - 1;
    if (words < 2) return null;
    if (k < limit && !"PUNCT".equals(toks.get(k).pos())) return null;
    return new TokenSpan(comma + 1, k);
  }

  private static boolean isNameWord(Token t) {
    return t.isCapitalised() && "PROPN".equals(SourceFinder.mainTag(t)) && !Titles.isTitleWord(t.text())
        && !t.text().endsWith("'s") && !t.text().endsWith("\u2019s");
  }

  /** "said John Smith, a spokesman": the phrase is a name already, nothing to widen. */
  private static boolean startsWithName(List<Token> toks, TokenSpan np) {
    // "A spokesperson for the Ministry of Health, Bianca Fernandes,": a description ending in a name
    Token first = toks.get(np.start());
    if ("DET".equals(first.pos()) || !first.isCapitalised()) return false;
    Token last = toks.get(np.end() - 1);
    return last.isCapitalised() && "PROPN".equals(SourceFinder.mainTag(last));
  }
}
