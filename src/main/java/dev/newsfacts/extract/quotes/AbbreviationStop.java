package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "Cory Lane, 22, of Flint, Mich., said": the stop of an abbreviated place ("Mich.", "Fla.") before
 * a comma belongs to the word, so a walk over appositives goes on past it. Name and title stops
 * are {@link AbbreviationDot}'s.
 */
final class AbbreviationStop {
  private static final int MAX_ABBREVIATION = 5;

  private AbbreviationStop() {}

  /** Token {@code i} is a full stop that ends an abbreviation rather than a sentence. */
  static boolean at(List<Token> toks, int i) {
    if (AbbreviationDot.at(toks, i)) return true;
    if (i <= 0 || i + 1 >= toks.size() || !toks.get(i).is(".") || !toks.get(i + 1).is(",")) return false;
    Token word = toks.get(i - 1);
    return word.end() == toks.get(i).start() && word.isCapitalised() && word.text().length() <= MAX_ABBREVIATION;
  }
}
