package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.text.CharClasses;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Institut de la statistique du Québec", "Klinikum rechts der Isar", "Tribune de Genève": a body's name in another
 * language opens with its head word, which says a name stands there as an English classifier would; the name goes on
 * across lower-case particles, and one lower-case word before a particle, to the capitalised words after them.
 */
final class ForeignHeadNames {
  private static final Set<String> HEADS = WordList.set("/dev/newsfacts/entities/foreign-org-heads.txt");
  private static final Set<String> PARTICLES = WordList.set("/dev/newsfacts/entities/foreign-name-particles.txt");
  /** Longest tail read, in tokens. */
  private static final int MAX_TAIL = 6;

  private ForeignHeadNames() {}

  /** Whether the word is a head word that opens a body's name in another language ("Instituto", "Partido"). */
  static boolean opens(Token t) {
    return HEADS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /** Where the name opened at {@code a} by a foreign head word and whose capitalised words end at {@code b} ends; {@code b} when none. */
  static int end(List<Token> toks, int a, int b) {
    if (!HEADS.contains(toks.get(a).text().toLowerCase(Locale.ROOT))) return b;
    int sentence = toks.get(a).sentence();
    int end = b;
    int k = b;
    while (k < toks.size() && k - b < MAX_TAIL && toks.get(k).sentence() == sentence) {
      boolean crossed = false;
      // "de la statistique du", "rechts der": a lower-case word is read only before a particle
      while (k + 1 < toks.size() && k - b < MAX_TAIL && toks.get(k).sentence() == sentence
          && (particle(toks.get(k)) || lowerWord(toks.get(k)) && particle(toks.get(k + 1)))) {
        crossed |= particle(toks.get(k));
        k++;
      }
      if (!crossed || toks.get(k).sentence() != sentence || !capitalisedWord(toks.get(k))) break;
      while (k < toks.size() && toks.get(k).sentence() == sentence && capitalisedWord(toks.get(k))) end = ++k;
    }
    return end;
  }

  private static boolean particle(Token t) {
    return PARTICLES.contains(t.text());
  }

  private static boolean capitalisedWord(Token t) {
    return t.isCapitalised() && Character.isLetter(t.text().charAt(0));
  }

  private static boolean lowerWord(Token t) {
    String w = t.text();
    return w.length() >= 3 && Character.isLowerCase(w.charAt(0)) && CharClasses.allLetters(w, 0) && !PARTICLES.contains(w);
  }
}
