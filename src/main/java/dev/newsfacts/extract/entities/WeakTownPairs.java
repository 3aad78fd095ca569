package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.TokenChecks.sameSentence;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "Belmullet and Castlebar were hit hardest", "the road linking Moree and Narrabri", "Katikati, Te Puke or Tauranga":
 * a name of weak-towns.txt that "and", "or" or a comma joins to another such name, or to a town or place of the
 * lists, is a town too. Two small towns' names listed together are places far more often than people or firms,
 * whose names the weak list leaves out.
 */
final class WeakTownPairs {
  /** Words of a neighbour's name at most: "Te Puke", "St Davids". */
  private static final int MAX_WORDS = 3;

  private WeakTownPairs() {}

  /** Whether the name at tokens {@code a} to {@code b} (exclusive) is joined to a listed neighbour either side. */
  static boolean joined(List<Token> toks, int a, int b, EntityLexicon lex) {
    return joinerAt(toks, b, a) && listedAfter(toks, b + 1, a, lex) || a >= 1 && joinerAt(toks, a - 1, a)
        && listedBefore(toks, a - 1, a, lex);
  }

  private static boolean listedAfter(List<Token> toks, int from, int anchor, EntityLexicon lex) {
    int end = from;
    while (end < toks.size() && end - from < MAX_WORDS && sameSentence(toks, end, anchor) && toks.get(end).isCapitalised()) end++;
    if (end == from || end < toks.size() && sameSentence(toks, end, anchor) && toks.get(end).isCapitalised()) return false;
    return listed(toks, from, end, lex);
  }

  private static boolean listedBefore(List<Token> toks, int to, int anchor, EntityLexicon lex) {
    int start = to;
    while (start > 0 && to - start < MAX_WORDS && sameSentence(toks, start - 1, anchor) && toks.get(start - 1).isCapitalised()) start--;
    if (start == to || start > 0 && sameSentence(toks, start - 1, anchor) && toks.get(start - 1).isCapitalised()) return false;
    return listed(toks, start, to, lex);
  }

  private static boolean listed(List<Token> toks, int a, int b, EntityLexicon lex) {
    StringBuilder s = new StringBuilder();
    for (int k = a; k < b; k++) s.append(k > a ? " " : "").append(CapitalisedRuns.word(toks.get(k)));
    String name = s.toString();
    return lex.isWeakTown(name) || lex.isTown(name) || lex.place(name) != null && !lex.isCountry(name);
  }

  private static boolean joinerAt(List<Token> toks, int k, int anchor) {
    if (k < 0 || k + 1 >= toks.size() || !sameSentence(toks, k, anchor)) return false;
    Token t = toks.get(k);
    return t.is(",") || t.is("and") || t.is("or");
  }
}
