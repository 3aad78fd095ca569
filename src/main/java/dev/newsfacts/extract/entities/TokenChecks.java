package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small questions about tokens that the context rules for places and bodies all ask. */
final class TokenChecks {
  private TokenChecks() {}

  /** Whether tokens {@code i} and {@code j} stand in the same sentence. */
  static boolean sameSentence(List<Token> toks, int i, int j) {
    return toks.get(i).sentence() == toks.get(j).sentence();
  }

  /** Whether {@code t} is a possessive on its own ("'s", or the plural's lone "'"), either apostrophe. */
  static boolean possessiveMark(Token t) {
    String w = OtherApostrophe.straight(t.text()).toLowerCase(Locale.ROOT);
    return w.equals("'s") || w.equals("'");
  }

  /** Whether {@code t} is written in lower case and is one of {@code words}. */
  static boolean lowerIn(Token t, Set<String> words) {
    return !t.isCapitalised() && words.contains(t.text());
  }
}
