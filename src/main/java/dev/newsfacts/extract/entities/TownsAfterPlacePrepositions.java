package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "the lack of security in Benghazi", "levels in Flint children's blood": a one-word "person" the gazetteer lists as a
 * town, never named with a given name or a title and never speaking, is the town when a mention follows "in" or
 * "near" (where "confidence in Clinton" has a full name elsewhere).
 */
final class TownsAfterPlacePrepositions {
  private TownsAfterPlacePrepositions() {}

  static boolean isTown(AnnotatedText at, PersonEntry p, EntityLexicon lex) {
    if (p.name.indexOf(' ') >= 0 || p.source.gender() != 0 || !lex.isTown(p.name) && !lex.isWeakTown(p.name) && lex.place(p.name) == null) return false;
    List<Token> toks = at.tokens();
    boolean placed = false;
    for (PersonMention m : p.mentions) {
      if (m.titleStart() != m.start() || !m.text().equals(p.name)) return false;
      int a = at.tokenAtOrAfter(m.start());
      int b = at.tokenAtOrAfter(m.end());
      if (b < toks.size() && toks.get(b).sentence() == toks.get(a).sentence()
          && (toks.get(b).is("said") || toks.get(b).is("says") || toks.get(b).is("told"))) {
        return false;
      }
      if (a > 0 && toks.get(a - 1).sentence() == toks.get(a).sentence()
          && (toks.get(a - 1).is("in") || toks.get(a - 1).is("near"))) {
        placed = true;
      }
    }
    return placed;
  }
}
