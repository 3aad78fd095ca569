package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "work long days at Centerview, which advises big corporations": a "person" the article follows with ", which" is a
 * thing, here a firm, where a person takes "who". Only names with no given name first and no title.
 */
final class WhichAfterName {
  private WhichAfterName() {}

  static boolean isOrganisation(AnnotatedText at, PersonEntry p, GivenNames given, EntityLexicon lex) {
    List<String> words = p.source.nameWords();
    if (words.isEmpty() || given.isKnown(words.get(0)) || p.source.gender() != 0) return false;
    if (lex.isTown(p.name) || lex.place(p.name) != null) return false;
    List<Token> toks = at.tokens();
    for (PersonMention m : p.mentions) if (m.titleStart() != m.start()) return false;
    for (PersonMention m : p.mentions) {
      int b = at.tokenAtOrAfter(m.end());
      if (b + 1 < toks.size() && toks.get(b).is(",") && toks.get(b + 1).is("which")
          && toks.get(b + 1).sentence() == toks.get(b).sentence()) {
        return true;
      }
    }
    return false;
  }
}
