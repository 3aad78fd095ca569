package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "Sen. Ana Ruiz said", "said Atty. Gen. Dana Price", "Maya D. Song wrote": the tokenizer splits
 * the full stop off an abbreviated title or an initial. Such a stop, attached to its word and
 * followed by a capitalised word, is part of the name, not the end of a sentence; so is the stop
 * of an abbreviation that closes a parenthesis.
 */
final class AbbreviationDot {
  private AbbreviationDot() {}

  /** Token {@code i} is the full stop of a title abbreviation or an initial inside a name. */
  static boolean at(List<Token> toks, int i) {
    return ofTitle(toks, i) || ofInitial(toks, i) || closesParenthesis(toks, i);
  }

  /** The stop of "(D-N.Y.)" or "(R-Ind.)" after a name: the parenthesis goes on, so the sentence does. */
  static boolean closesParenthesis(List<Token> toks, int i) {
    if (i <= 0 || i + 1 >= toks.size() || !toks.get(i).is(".") || !toks.get(i + 1).is(")")) return false;
    return toks.get(i - 1).end() == toks.get(i).start() && toks.get(i).end() == toks.get(i + 1).start();
  }

  /** The stop of "Sen." or "Atty." before a name. */
  static boolean ofTitle(List<Token> toks, int i) {
    return attached(toks, i) && Titles.isRoleAbbreviation(toks.get(i - 1).text());
  }

  /** The stop of the initial in "Maya D. Song". */
  static boolean ofInitial(List<Token> toks, int i) {
    if (!attached(toks, i)) return false;
    String w = toks.get(i - 1).text();
    return w.length() == 1 && Character.isUpperCase(w.charAt(0));
  }

  private static boolean attached(List<Token> toks, int i) {
    if (i <= 0 || i + 1 >= toks.size() || !toks.get(i).is(".")) return false;
    Token word = toks.get(i - 1);
    return word.end() == toks.get(i).start() && toks.get(i + 1).isCapitalised()
        && !SourceFinder.isQuoteMark(toks.get(i + 1));
  }
}
