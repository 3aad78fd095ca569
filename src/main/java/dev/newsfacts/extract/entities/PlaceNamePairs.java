package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.TokenChecks.sameSentence;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * Two names no list or rule claims, set where only places go: "a route from Beasain to Amorebieta" (a route's ends),
 * "families in Steinbach and Winkler are" (a place's "in" shared by the pair, where the clause goes on after them as
 * after one place). Either name is then a place, though neither list nor the other name says so.
 */
final class PlaceNamePairs {
  /** Longest run of names read on either side. */
  private static final int MAX_WORDS = 3;

  private PlaceNamePairs() {}

  /** Whether the run {@code [a, b)} is one end of a route or one of a pair after "in". */
  static boolean isPlace(List<Token> toks, int a, int b, boolean[] blocked, EntityLexicon lex) {
    if (!plainRun(toks, a, b, blocked, lex)) return false;
    return routeStart(toks, a, b, blocked, lex) || routeEnd(toks, a, blocked, lex) || firstAfterIn(toks, a, b, blocked, lex)
        || secondAfterIn(toks, a, b, blocked, lex);
  }

  /** "from Beasain to Amorebieta": "from" before the name, "to" and a name after it, the clause going on in lower case. */
  private static boolean routeStart(List<Token> toks, int a, int b, boolean[] blocked, EntityLexicon lex) {
    if (a == 0 || !toks.get(a - 1).is("from") || b + 1 >= toks.size() || !toks.get(b).is("to") || !sameSentence(toks, a - 1, b + 1)) {
      return false;
    }
    int e = runEnd(toks, b + 1, blocked, lex);
    return e > b + 1 && endsPhrase(toks, a, e);
  }

  /** "from Beasain to Amorebieta": "to" before the name, and a name after "from" before that. */
  private static boolean routeEnd(List<Token> toks, int a, boolean[] blocked, EntityLexicon lex) {
    if (a < 3 || !toks.get(a - 1).is("to") || !sameSentence(toks, a - 1, a)) return false;
    int s = runStart(toks, a - 1, blocked, lex);
    return s < a - 1 && s > 0 && toks.get(s - 1).is("from") && sameSentence(toks, s - 1, a);
  }

  /** "in Steinbach and Winkler are": the first of the pair, "in" before it. */
  private static boolean firstAfterIn(List<Token> toks, int a, int b, boolean[] blocked, EntityLexicon lex) {
    if (a == 0 || !toks.get(a - 1).is("in") || !sameSentence(toks, a - 1, a) || b + 1 >= toks.size() || !toks.get(b).is("and")) {
      return false;
    }
    int e = runEnd(toks, b + 1, blocked, lex);
    return e > b + 1 && sameSentence(toks, a, e - 1) && goesOnAfterPlace(toks, a, e);
  }

  /** "in Steinbach and Winkler are": the second of the pair, "in", a name and "and" before it. */
  private static boolean secondAfterIn(List<Token> toks, int a, int b, boolean[] blocked, EntityLexicon lex) {
    if (a < 3 || !toks.get(a - 1).is("and") || !sameSentence(toks, a - 1, a)) return false;
    int s = runStart(toks, a - 1, blocked, lex);
    return s < a - 1 && s > 0 && toks.get(s - 1).is("in") && sameSentence(toks, s - 1, a) && goesOnAfterPlace(toks, a, b);
  }

  /** After a place's "in" pair: the clause's end, a preposition or a verb ("in X and Y are"), not a noun it modifies. */
  private static boolean goesOnAfterPlace(List<Token> toks, int a, int e) {
    if (SentenceCase.of(toks, a).mostlyCapitalised()) return false;
    if (e >= toks.size() || !sameSentence(toks, a, e)) return true;
    // "in Katanning and Esperance later this month"
    if (TimeAfterPlace.opensAt(toks, a, e)) return true;
    Token next = toks.get(e);
    String pos = next.pos();
    return !next.isCapitalised() && (pos.equals("PUNCT") || pos.equals("ADP") || pos.equals("AUX") || pos.equals("VERB"));
  }

  /** A route's end: the clause goes on in lower case or ends ("from X to Y with five climbs"). */
  private static boolean endsPhrase(List<Token> toks, int a, int e) {
    if (SentenceCase.of(toks, a).mostlyCapitalised()) return false;
    return e >= toks.size() || !sameSentence(toks, a, e) || !toks.get(e).isCapitalised();
  }

  /** Where a run of plain unclaimed names from {@code i} ends (up to {@link #MAX_WORDS}); {@code i} when none. */
  private static int runEnd(List<Token> toks, int i, boolean[] blocked, EntityLexicon lex) {
    int e = i;
    while (e < toks.size() && e - i < MAX_WORDS && sameSentence(toks, i, e) && plain(toks.get(e), blocked[e], lex)) e++;
    return e;
  }

  /** Where a run of plain unclaimed names ending before {@code end} starts; {@code end} when none. */
  private static int runStart(List<Token> toks, int end, boolean[] blocked, EntityLexicon lex) {
    int s = end;
    while (s > 0 && end - s < MAX_WORDS && sameSentence(toks, s - 1, end) && plain(toks.get(s - 1), blocked[s - 1], lex)) s--;
    return s;
  }

  private static boolean plainRun(List<Token> toks, int a, int b, boolean[] blocked, EntityLexicon lex) {
    if (b - a > MAX_WORDS) return false;
    for (int k = a; k < b; k++) if (!plain(toks.get(k), blocked[k], lex)) return false;
    return true;
  }

  /** A proper noun no person, body or nationality claims ("Labour" of "from Labour to Reform" is a party's). */
  private static boolean plain(Token t, boolean claimed, EntityLexicon lex) {
    String w = t.text();
    return !claimed && PlaceCues.plainName(t) && lex.organization(w) == null && lex.demonym(w) == null;
  }
}
