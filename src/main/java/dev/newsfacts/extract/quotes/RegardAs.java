package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Most voters see Cruz as a uniter", "she viewed the deal as a betrayal": a verb of regard whose object is
 * followed by "as" and a complement ({@code regard-verbs.txt}) states the subject's view of the object. The
 * object must be a short plain noun phrase: "saw him play", "see it as soon as" are not views.
 */
final class RegardAs {
  private static final Map<String, String> VERBS = WordList.lemmas("/dev/newsfacts/lexicon/en/regard-verbs.txt");
  /** A longer run before "as" is more likely a clause than an object. */
  private static final int MAX_OBJECT_TOKENS = 7;

  private RegardAs() {}

  /** The verb's lemma when the word is a verb of regard, else null. */
  static String lemma(String word) {
    return VERBS.get(word.toLowerCase(Locale.ROOT));
  }

  /** Whether the verb at {@code i} takes an object, "as" and a complement. */
  static boolean at(List<Token> toks, int i) {
    Token v = toks.get(i);
    if (lemma(v.text()) == null || !"VERB".equals(v.pos())) return false;
    for (int k = i + 1; k < toks.size() && k <= i + MAX_OBJECT_TOKENS + 1; k++) {
      Token t = toks.get(k);
      if (t.sentence() != v.sentence()) return false;
      if (t.is("as")) return k > i + 1 && opensComplement(toks, k + 1, v.sentence());
      if (!inObject(t)) return false;
    }
    return false;
  }

  private static boolean inObject(Token t) {
    String p = t.pos();
    return "PROPN".equals(p) || "NOUN".equals(p) || "ADJ".equals(p) || "DET".equals(p) || "NUM".equals(p)
        || "PRON".equals(p) || t.text().endsWith("'s") || t.text().endsWith("\u2019s");
  }

  /** "as a uniter", "as likable": not "as well", "as soon as", "as if". */
  private static boolean opensComplement(List<Token> toks, int k, int sentence) {
    if (k >= toks.size() || toks.get(k).sentence() != sentence) return false;
    String p = toks.get(k).pos();
    boolean comparative = k + 1 < toks.size() && toks.get(k + 1).is("as");
    return !comparative && ("DET".equals(p) || "ADJ".equals(p) || "NOUN".equals(p) || "PROPN".equals(p)
        || "ADV".equals(p) && !toks.get(k).is("well"));
  }
}
