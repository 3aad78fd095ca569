package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "The North Queensland Cowboys … The Cowboys completed 34 sets": where a club's short name also stands alone, the
 * person step reads "Queensland Cowboys" as a name and leaves the compass word before it out; the compass word
 * ("North", "Western") is the club's all the same, else it is left behind as a region of its own.
 */
final class CompassBeforeClubs {
  private CompassBeforeClubs() {}

  /** Where the club's name written at {@code start} begins, a capitalised compass word right before it included. */
  static int start(AnnotatedText at, int start, EntityLexicon lex) {
    List<Token> toks = at.tokens();
    int a = at.tokenAtOrAfter(start);
    if (a <= 0 || a >= toks.size()) return start;
    Token before = toks.get(a - 1);
    if (before.sentence() != toks.get(a).sentence() || before.end() + 1 != start || !compassWord(before.text(), lex)) {
      return start;
    }
    return before.start();
  }

  /** "North", "Western", "Southeast": a compass region's word or its adjective, capitalised. */
  private static boolean compassWord(String w, EntityLexicon lex) {
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
    return lex.isCompassRegion(w) || w.endsWith("ern") && lex.isCompassRegion(w.substring(0, w.length() - 3));
  }
}
