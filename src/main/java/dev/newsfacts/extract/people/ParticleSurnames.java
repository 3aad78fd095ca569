package dev.newsfacts.extract.people;

import dev.newsfacts.extract.lexicon.OrganizationWords;
import dev.newsfacts.extract.lexicon.Places;
import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A given name, a surname's lower-case particle and the rest of the surname ("Álvaro Ruiz de Lara", "Anna van der
 * Berg") names a person when it stands in apposition to a role ("Its vice-president, Álvaro Ruiz de Lara, said"), where
 * "the Museo del Prado said" and "Casa de Campo, a park" are no one.
 * Given names from outside the lists ("Álvaro") are common in such names, so the shape and what follows decide.
 */
final class ParticleSurnames {
  /** Lower-case particles inside a surname ("de", "van", "bin"). */
  /** "Álvaro", "Ruiz": a capitalised word of letters. */
  private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");

  private ParticleSurnames() {}

  /**
   * Whether {@code m} is one or two capitalised words, one or two particles and a capitalised surname, with no place
   * or body's word among them, after a title word and a comma.
   */
  static boolean isPerson(AnnotatedText at, NameMention m) {
    List<String> w = m.words();
    if (w.size() < 3 || w.size() > 5 || !WORD.matcher(w.get(0)).matches() || !WORD.matcher(w.get(w.size() - 1)).matches()) {
      return false;
    }
    int particles = 0;
    for (int k = 1; k < w.size() - 1; k++) {
      String x = w.get(k);
      if (WorldNameShapes.isSurnameParticle(x) && Character.isLowerCase(x.charAt(0))) particles++;
      else if (particles > 0 || !WORD.matcher(x).matches()) return false;
    }
    if (particles == 0 || particles > 2) return false;
    for (String x : w) if (OrganizationWords.isHead(x) || Places.isPlace(x)) return false;
    if (Places.isPlace(m.text())) return false;
    List<Token> toks = at.tokens();
    int f = m.firstToken();
    return f >= 2 && toks.get(f - 1).is(",") && Titles.isTitleWord(toks.get(f - 2).text())
        && toks.get(f - 2).sentence() == toks.get(f).sentence();
  }
}
