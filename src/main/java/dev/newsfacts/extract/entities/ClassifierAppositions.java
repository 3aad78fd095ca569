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
  /** Words that open the noun phrase before a name set off by commas: "the national weather institute, Inmet,". */
  private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "a", "an");

  /**
   * "forecasters at the national meteorology institute, Inmet, said", "its regulator, Ofgem, said": a name of up to
   * three words set off by commas right after a noun phrase ending in an organisation classifier or a body's head word
   * ("institute", "agency") names that body.
   */
  static boolean namedAfterNoun(List<Token> toks, int a, int b, EntityLexicon lex) {
    if (a < 3 || b - a > 3 || b >= toks.size() || !toks.get(a - 1).is(",")) return false;
    if (!(toks.get(b).is(",") || toks.get(b).is(".")) || toks.get(b).sentence() != toks.get(a).sentence()) return false;
    String noun = toks.get(a - 2).text();
    if (toks.get(a - 2).sentence() != toks.get(a).sentence() || !bodyNoun(noun, lex)) return false;
    for (int k = a - 3; k >= 0 && k >= a - 7 && toks.get(k).sentence() == toks.get(a).sentence(); k--) {
      String w = toks.get(k).text();
      if (DETERMINERS.contains(w)) return true;
      if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || NOT_MODIFIERS.contains(w)) return false;
    }
    return false;
  }

  /**
   * "Voltaro, one of four rental operators in Munich, said", "Nordhavn, one of the country's largest lenders": a name
   * followed by "one of" and a plural of an organisation classifier is that organisation's.
   */
  static boolean oneOfBodies(List<Token> toks, int a, int b, EntityLexicon lex) {
    if (b - a > 4 || b + 3 >= toks.size() || !toks.get(b).is(",") || !toks.get(b + 1).is("one") || !toks.get(b + 2).is("of")) {
      return false;
    }
    for (int k = b + 3; k < toks.size() && k <= b + 8 && toks.get(k).sentence() == toks.get(a).sentence(); k++) {
      String w = toks.get(k).text();
      // "bike-share" the tokenizer may split at its hyphen
      if (w.startsWith("-") && k > b + 3) continue;
      if (w.isEmpty() || !(Character.isLowerCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) return false;
      if (w.length() > 3 && w.endsWith("s") && lex.isOrgClassifier(w.substring(0, w.length() - 1))) return true;
      if (w.equals("of") || w.equals("in") || w.equals("and") || w.equals("to")) return false;
    }
    return false;
  }

  /** A classifier ("regulator") or a body's head word written in lower case ("institute", "agency"). */
  private static boolean bodyNoun(String w, EntityLexicon lex) {
    return !w.isEmpty() && Character.isLowerCase(w.charAt(0))
        && (lex.isOrgClassifier(w) || lex.isOrgHead(w) && !lex.isWeakOrgHead(w) && !CorporateSuffixes.isSuffix(w));
  }
}
