package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "former Essex County Commissioner Marcus Hale": a title's word that is also a place's last word ("County", which
 * also opens "County Commissioner") stays with the name before it, the place of the office, when one comes before it.
 */
final class PlaceHeadsInTitles {
  private PlaceHeadsInTitles() {}

  /** Whether token {@code b - 1}, inside the run from {@code a}, ends a place's name with the word before it. */
  static boolean endsPlace(List<Token> toks, int a, int b, EntityLexicon lex) {
    if (b - 1 <= a) return false;
    Token head = toks.get(b - 1);
    Token before = toks.get(b - 2);
    String prev = CapitalisedRuns.word(before);
    return lex.isSurnameFreePlaceHead(CapitalisedRuns.word(head)) && before.isCapitalised()
        && !CapitalisedRuns.possessive(before) && !lex.isCountry(prev) && !Titles.isTitleWord(prev);
  }
}
