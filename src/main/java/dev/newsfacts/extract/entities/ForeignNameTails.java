package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.text.CharClasses;
import java.util.List;
import java.util.Set;

/**
 * "the youth group Jeunes pour la mobilité, which …", "the advocacy group Parents en attente, said", "the state railway
 * group Ferrovie dello Stato said": a body's name in another language goes on after its capitalised words with
 * lower-case particles, then capitalised words or one last lower-case word that ends the clause. Read only after an
 * organisation classifier, which says a name stands there.
 */
final class ForeignNameTails {
  private static final Set<String> PARTICLES = WordList.set("/dev/newsfacts/entities/foreign-name-particles.txt");
  /** Longest tail read, in tokens. */
  private static final int MAX_TAIL = 6;

  private ForeignNameTails() {}

  /** Where the name whose capitalised words end at {@code b} ends, with its foreign tail; {@code b} when none. */
  static int end(List<Token> toks, int b) {
    int end = b;
    int k = b;
    int sentence = b > 0 ? toks.get(b - 1).sentence() : 0;
    while (k < toks.size() && k - b < MAX_TAIL && toks.get(k).sentence() == sentence && particle(toks.get(k))) {
      k++;
      // "d'Hotels": an elided particle glued to its word
      if (k < toks.size() && toks.get(k - 1).text().endsWith("'") && toks.get(k).start() == toks.get(k - 1).end()) k++;
      while (k < toks.size() && toks.get(k).sentence() == sentence && toks.get(k).isCapitalised()
          && Character.isLetter(toks.get(k).text().charAt(0))) {
        end = ++k;
      }
      if (end == k) continue;
      // "pour la mobilité,": one lower-case word that ends the clause ends the name
      if (k < toks.size() && toks.get(k).sentence() == sentence && lowerWord(toks.get(k)) && closes(toks, k + 1)) return k + 1;
    }
    return end;
  }

  private static boolean particle(Token t) {
    String w = t.text();
    if (PARTICLES.contains(w)) return true;
    // "d'Hotels" as one token
    int apostrophe = w.indexOf('\'');
    return apostrophe > 0 && PARTICLES.contains(w.substring(0, apostrophe + 1)) && apostrophe + 1 < w.length()
        && Character.isUpperCase(w.charAt(apostrophe + 1));
  }

  private static boolean lowerWord(Token t) {
    String w = t.text();
    return w.length() >= 3 && Character.isLowerCase(w.charAt(0)) && CharClasses.allLetters(w, 0);
  }

  /** Whether the clause ends at {@code k}: a comma, a stop, a bracket or the sentence's end. */
  private static boolean closes(List<Token> toks, int k) {
    if (k >= toks.size() || toks.get(k).sentence() != toks.get(k - 1).sentence()) return true;
    String w = toks.get(k).text();
    return w.equals(",") || w.equals(".") || w.equals(")") || w.equals(";");
  }
}
