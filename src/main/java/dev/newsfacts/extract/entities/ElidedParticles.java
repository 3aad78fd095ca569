package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * "Côte d'Ivoire", "Valle d'Aosta", "Valéry Giscard d'Estaing": an elided particle glued to a capitalised word goes on
 * with the name before it, where a plain lower-case word would end it. The tokenizer gives either one token
 * ("d'Ivoire") or the particle and the word ("d'", "Ivoire").
 */
final class ElidedParticles {
  private static final Set<String> PARTICLES = Set.copyOf(WordList.linesAsWritten("/dev/newsfacts/entities/elided-particles.txt"));

  private ElidedParticles() {}

  /** How many tokens from {@code j} the particle and its word take (1 or 2), or 0 when no particle joins there. */
  static int width(List<Token> toks, int j, boolean[] blocked) {
    if (j < 1 || j >= toks.size() || blocked[j]) return 0;
    Token t = toks.get(j);
    Token before = toks.get(j - 1);
    if (t.sentence() != before.sentence() || t.start() - before.end() != 1 || before.text().isEmpty()
        || !Character.isUpperCase(before.text().charAt(0))) {
      return 0;
    }
    if (gluedWord(t)) return 1;
    if (!PARTICLES.contains(OtherApostrophe.straight(t.text())) || j + 1 >= toks.size() || blocked[j + 1]) return 0;
    Token w = toks.get(j + 1);
    return w.start() == t.end() && w.sentence() == t.sentence() && capitalisedWord(w.text()) ? 2 : 0;
  }

  /** Whether the token is a particle and its capitalised word in one ("d'Ivoire"). */
  static boolean gluedWord(Token t) {
    String w = OtherApostrophe.straight(t.text());
    int mark = w.indexOf('\'');
    return mark > 0 && PARTICLES.contains(w.substring(0, mark + 1)) && capitalisedWord(w.substring(mark + 1));
  }

  private static boolean capitalisedWord(String w) {
    return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(w.length() - 1));
  }
}
