package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "the Gulf of Mexico", "the Isle of Wight", "the Bay of Bengal": a geographic word, "of" and a proper name are one
 * place, not the word and the country after it.
 */
final class PlacesWithOf {
  private static final Set<String> OPENERS = WordList.set("/dev/newsfacts/entities/waters-before-of.txt");

  private PlacesWithOf() {}

  /** Whether token {@code j} is the "of" after a run made of one such geographic word at {@code i}, a name part next. */
  static boolean continuesAt(List<Token> toks, int i, int j, boolean[] blocked) {
    return j == i + 1 && opener(toks.get(i)) && toks.get(j).is("of") && j + 1 < toks.size()
        && toks.get(j + 1).sentence() == toks.get(j).sentence() && CapitalisedRuns.namePart(toks, j + 1, blocked);
  }

  /** Whether the run {@code [a, b)} is such a place: the geographic word, "of" and more. */
  static boolean isPlace(List<Token> toks, int a, int b) {
    return b - a >= 3 && opener(toks.get(a)) && toks.get(a + 1).is("of");
  }

  private static boolean opener(Token t) {
    String w = t.text();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && OPENERS.contains(w.toLowerCase(Locale.ROOT));
  }
}
