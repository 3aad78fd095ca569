package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.text.CharClasses;
import java.util.List;

/**
 * "Focus Ireland", "Water UK", "Statistics Canada", "Fisheries and Oceans Canada": plain words no list knows, then a
 * country, name a body that works there; a place's parts ("Northern Ireland", "West Germany"), a people's or a town's
 * name before the country, and a title or possessive, do not.
 */
final class BodiesNamedForCountries {
  private BodiesNamedForCountries() {}

  /** Whether the run {@code [a, b)} is such a body's name. */
  static boolean isBody(List<Token> toks, int a, int b, EntityLexicon lex) {
    if (b - a < 2 || b - a > 5) return false;
    String country = CapitalisedRuns.word(toks.get(b - 1));
    if (!lex.isCountry(country) || CapitalisedRuns.possessive(toks.get(b - 1))) return false;
    for (int k = a; k < b - 1; k++) {
      Token t = toks.get(k);
      String w = CapitalisedRuns.word(t);
      if (t.is("and") && k > a) continue;
      // "Crippled America", "Over Iran", "Neutral Switzerland": a verb's, a preposition's or an adjective's word is a
      // phrase's, not a name's
      if (!"PROPN".equals(t.pos()) && !"NOUN".equals(t.pos()) || CapitalisedRuns.possessive(t) || w.length() < 3 || !Character.isUpperCase(w.charAt(0))
          || !CharClasses.allLowerCase(w, 1)) {
        return false;
      }
      if (lex.place(w) != null || lex.isTown(w) || lex.demonym(w) != null || lex.isCompassRegion(w)
          || w.endsWith("ern") || Titles.isTitleWord(w) || lex.isPlaceHead(w) || lex.isDocumentWord(w)) {
        return false;
      }
    }
    return true;
  }
}
