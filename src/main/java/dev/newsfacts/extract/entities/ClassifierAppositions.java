package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * "Exceltur, the lobby group, said", "Ostrava Vodárny, a water utility that", "Kubota, the Japanese maker of
 * tractors": a capitalised name no list knows,
 * followed by a comma and a noun phrase ending in an organisation classifier (org-classifiers.txt), is that
 * organisation's name, as it is with the noun before it ("the lobby group Exceltur").
 */
final class ClassifierAppositions {
  /** Words that may end the apposition's noun phrase: "the lobby group, said", "a utility that …". */
  private static final Set<String> PHRASE_ENDS = Set.of(",", ".", ";", ":", "that", "which", "whose", "representing",
      "based", "for", "of");
  /** Small words that end a noun phrase before its noun: "Jones, the head of the group" is a person. */
  private static final Set<String> NOT_MODIFIERS = Set.of("of", "the", "a", "an", "to", "at", "in", "for", "with", "and",
      "on", "by", "from");

  private ClassifierAppositions() {}

  /** Whether the run {@code [a, b)} is followed by ", the/a/an [nationality] [modifier] [modifier] classifier" in its sentence. */
  static boolean namesOrganisation(List<Token> toks, int a, int b, EntityLexicon lex) {
    if (b - a > 4 || b + 2 >= toks.size() || !toks.get(b).is(",")) return false;
    Token article = toks.get(b + 1);
    if (!(article.is("the") || article.is("a") || article.is("an")) || article.sentence() != toks.get(a).sentence()) {
      return false;
    }
    for (int k = b + 2; k < toks.size() && k <= b + 5 && toks.get(k).sentence() == article.sentence(); k++) {
      String w = toks.get(k).text();
      // "Kubota, the Japanese maker of tractors": a nationality may open the phrase
      if (k == b + 2 && lex.demonym(w) != null && !lex.demonym(w).isEmpty()) continue;
      if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || NOT_MODIFIERS.contains(w)) return false;
      // "the lobby group": the classifier ends the phrase; "lobby" before it is a modifier
      if (lex.isOrgClassifier(w) && k + 1 < toks.size() && PHRASE_ENDS.contains(toks.get(k + 1).text())) return true;
    }
    return false;
  }
}
