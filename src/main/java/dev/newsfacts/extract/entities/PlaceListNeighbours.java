package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.EntityType;
import java.util.List;

/**
 * "cities including Lyon, Lille and Montpellier", "Soweto, Roodepoort and Alexandra": the words a comma, "and" or
 * "or" joins to a place of the same sentence. A given name there is listed with places, so it is one, not a person
 * called by first name.
 */
final class PlaceListNeighbours {
  private PlaceListNeighbours() {}

  /** For each token, whether a joiner links it to a place mention right before or right after it. */
  static boolean[] of(AnnotatedText at, List<Mention> found) {
    List<Token> toks = at.tokens();
    int n = toks.size();
    boolean[] out = new boolean[n];
    for (Mention m : found) {
      if (m.type() != EntityType.LOCATION) continue;
      int a = at.tokenAtOrAfter(m.start());
      int b = a;
      while (b < n && toks.get(b).start() < m.end()) b++;
      if (a >= 2 && joiner(toks.get(a - 1)) && same(toks, a - 2, a)) out[a - 2] = true;
      if (b + 1 < n && b > 0 && joiner(toks.get(b)) && same(toks, b - 1, b + 1)) out[b + 1] = true;
    }
    return out;
  }

  private static boolean joiner(Token t) {
    return t.is(",") || t.is("and") || t.is("or");
  }

  private static boolean same(List<Token> toks, int a, int b) {
    return toks.get(a).sentence() == toks.get(b).sentence();
  }
}
