package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Carson shared a syllabus for a class called "Perception"", "both oppose an inflation formula
 * called the "chained CPI"": a participle that names the thing before it is no verb of speech, and
 * the thing named is no speaker. Only a noun phrase opened by "a" or "an" that stands inside the
 * sentence (an object) counts, since "The senator called the plan "reckless"" is speech.
 */
final class NamingParticiple {
  private static final Set<String> PARTICIPLES = WordList.set("/dev/newsfacts/lexicon/en/naming-participles.txt");
  /** How far back from the participle the article of its noun phrase may stand. */
  private static final int MAX_PHRASE = 6;

  private NamingParticiple() {}

  /** True when token {@code i} is a naming participle after an indefinite noun phrase inside its sentence. */
  static boolean at(List<Token> toks, int i) {
    if (i < 2 || !PARTICIPLES.contains(toks.get(i).text().toLowerCase(Locale.ROOT))) return false;
    Token noun = toks.get(i - 1);
    if (!"NOUN".equals(noun.pos()) || noun.isCapitalised()) return false;
    for (int k = i - 2; k >= Math.max(0, i - 1 - MAX_PHRASE); k--) {
      Token t = toks.get(k);
      if (t.sentence() != noun.sentence()) return false;
      if (t.is("a") || t.is("an")) return k > 0 && toks.get(k - 1).sentence() == t.sentence() && !"PUNCT".equals(toks.get(k - 1).pos());
      String p = t.pos();
      if (!"NOUN".equals(p) && !"ADJ".equals(p) && !"NUM".equals(p) && !"PROPN".equals(p) && !"ADV".equals(p)) return false;
    }
    return false;
  }
}
