package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.TokenChecks.lowerIn;
import static dev.newsfacts.extract.entities.TokenChecks.possessiveMark;
import static dev.newsfacts.extract.entities.TokenChecks.sameSentence;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * "both from Outjo", "Kaikoura's mayor", "the road to Outjo",
 * "Hokitika, a town of 3,000 people": a name no list or rule claims that weak-towns.txt holds (a place under the
 * gazetteer's population cut) is the town when the words around it are a place's. Small towns share their names with
 * too many people and things to be places without such a cue.
 */
final class CuedWeakTowns {
  private static final Set<String> CUES = WordList.set("/dev/newsfacts/entities/weak-town-cues.txt");
  private static final Set<String> CIVIC = WordList.set("/dev/newsfacts/entities/weak-town-civic-nouns.txt");
  private static final Set<String> ROUTES = WordList.set("/dev/newsfacts/entities/weak-town-routes.txt");

  private CuedWeakTowns() {}

  /** Whether tokens {@code a} to {@code b} (exclusive), whose words read {@code name}, are such a town. */
  static boolean isTown(List<Token> toks, int a, int b, String name, EntityLexicon lex) {
    if (!lex.isWeakTown(name)) return false;
    return prepositionBefore(toks, a, b) || routeBefore(toks, a, b)
        || civicAfter(toks, a, b) || settlementApposition(toks, a, b) || WeakTownPairs.joined(toks, a, b, lex);
  }

  /**
   * "sheep shipped from Fremantle in 2025", "a farm near Kerrobert": a place's preposition in lower case right before
   * the name, which modifies no noun after it ("from Biggar Farms" is a firm's).
   */
  static boolean prepositionBefore(List<Token> toks, int a, int b) {
    if (a == 0) return false;
    Token before = toks.get(a - 1);
    return sameSentence(toks, a - 1, a) && !before.isCapitalised() && CUES.contains(before.text()) && endsPhrase(toks, a, b);
  }

  /** "the road to Outjo", "moved to Gunnedah": "to" after a way or a move there. */
  static boolean routeBefore(List<Token> toks, int a, int b) {
    return a >= 2 && sameSentence(toks, a - 2, a) && toks.get(a - 1).is("to") && lowerIn(toks.get(a - 2), ROUTES)
        && endsPhrase(toks, a, b);
  }

  /** "Kaikoura's mayor", "Headford residents": what only a town has, after the name or its possessive. */
  static boolean civicAfter(List<Token> toks, int a, int b) {
    int k = b;
    if (k < toks.size() && sameSentence(toks, a, k) && possessiveMark(toks.get(k))) k++;
    return k < toks.size() && sameSentence(toks, a, k) && lowerIn(toks.get(k), CIVIC);
  }

  /** "Hokitika, a town of 3,000 people", "Outjo, a small farming town": a settlement's noun heads an apposition. */
  static boolean settlementApposition(List<Token> toks, int a, int b) {
    return PlaceCues.appositionNoun(toks, a, b, false) >= 0;
  }

  /** Whether the name ends its phrase: no capitalised word, noun or possessive right after it. */
  private static boolean endsPhrase(List<Token> toks, int a, int b) {
    if (b >= toks.size() || !sameSentence(toks, a, b)) return true;
    Token next = toks.get(b);
    return !next.isCapitalised() && !next.pos().startsWith("NOUN") && !next.pos().startsWith("PROPN")
        && !next.text().startsWith("'") && !next.text().startsWith("’");
  }
}
