package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.TokenChecks.lowerIn;
import static dev.newsfacts.extract.entities.TokenChecks.sameSentence;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Sabah remained the largest producing state", "Gauteng is the most populous province", "Othaya was a quiet town
 * until 2019": a name whose sentence goes on with a copula and a noun phrase headed by a kind of place is a place's,
 * also one that is a given name too. The kind of place must end the phrase ("the state's senator", "the county clerk"
 * say nothing of the name), and only modifiers may stand between the article and it ("the first in the state" is no
 * kind of place).
 */
final class PlacePredicates {
  private static final String DIR = "/dev/newsfacts/entities/";
  private static final String LIST = DIR + "place-predicates.txt";
  private static final Set<String> COPULAS = WordList.marked(LIST, "copula");
  private static final Set<String> KINDS = kinds();
  /** Modifiers allowed between the article and the kind of place ("the largest producing"). */
  private static final int MAX_MODIFIERS = 3;

  private PlacePredicates() {}

  /** Whether the name in tokens {@code [a, b)} is said, by a copula after it, to be a kind of place. */
  static boolean follows(List<Token> toks, int a, int b) {
    if (b + 2 >= toks.size() || !sameSentence(toks, a, b + 2) || !lowerIn(toks.get(b), COPULAS)) return false;
    Token det = toks.get(b + 1);
    if (!det.is("a") && !det.is("an") && !det.is("the")) return false;
    for (int k = b + 2; k <= b + 2 + MAX_MODIFIERS && k < toks.size() && sameSentence(toks, a, k); k++) {
      Token t = toks.get(k);
      if (lowerIn(t, KINDS)) return k + 1 >= toks.size() || !sameSentence(toks, a, k + 1) || endsPhrase(toks.get(k + 1));
      if (t.isCapitalised() || !modifier(t)) return false;
    }
    return false;
  }

  /** "largest", "producing", "worst-hit", "second", "most": words that qualify the noun after them. */
  private static boolean modifier(Token t) {
    String pos = t.pos();
    return pos.equals("ADJ") || pos.equals("ADV") || pos.equals("NUM") || pos.equals("VERB") || pos.equals("NOUN")
        || t.is("-");
  }

  /** A preposition, a stop, a comma or a relative word after the kind of place: it heads the phrase. */
  private static boolean endsPhrase(Token next) {
    return next.pos().equals("ADP") || next.pos().equals("PUNCT") || next.is("where") || next.is("that") || next.is("which")
        || next.is("to");
  }

  private static Set<String> kinds() {
    Set<String> all = new HashSet<>(WordList.marked(LIST, "noun"));
    all.addAll(WordList.set(DIR + "place-kind-nouns.txt"));
    all.addAll(WordList.set(DIR + "settlement-nouns.txt"));
    return Set.copyOf(all);
  }
}
