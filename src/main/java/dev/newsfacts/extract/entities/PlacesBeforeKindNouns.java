package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "storms swept through the Rosetown and Biggar areas", "the Escondida mine", "Isabela province": a name no list
 * knows, of up to three proper nouns, right before a kind of place in lower case (or joined by "and" to one that is)
 * is a place. Only free words inside a sentence, in ordinary case, no person's.
 */
final class PlacesBeforeKindNouns {
  /** Words of such a name at most. */
  private static final int MAX_WORDS = 3;

  private PlacesBeforeKindNouns() {}

  /** Place mentions for such names; {@code claimed} marks tokens inside any mention found so far. */
  static List<Mention> find(AnnotatedText at, boolean[] claimed, EntityLexicon lex, Set<String> personWords) {
    List<Token> toks = at.tokens();
    List<Mention> out = new ArrayList<>();
    int i = 1;
    while (i < toks.size()) {
      Token prev = toks.get(i - 1);
      if (!free(toks.get(i), i, claimed, lex, personWords) || prev.sentence() != toks.get(i).sentence() || prev.isCapitalised()) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < toks.size() && j - i < MAX_WORDS && toks.get(j).sentence() == toks.get(i).sentence()
          && free(toks.get(j), j, claimed, lex, personWords)) {
        j++;
      }
      if (j < toks.size() && !toks.get(j).isCapitalised() && PlaceCues.kindAfter(toks, i, j)
          && lex.organization(at.text().substring(toks.get(i).start(), toks.get(j - 1).end())) == null) {
        String name = at.text().substring(toks.get(i).start(), toks.get(j - 1).end());
        out.add(new Mention(toks.get(i).start(), toks.get(j - 1).end(), name, EntityType.LOCATION, name));
      }
      i = j;
    }
    return out;
  }

  private static boolean free(Token t, int i, boolean[] claimed, EntityLexicon lex, Set<String> personWords) {
    return !claimed[i] && t.text().length() >= 3 && PlaceListMembers.candidate(t, lex) && !personWords.contains(t.text());
  }
}
