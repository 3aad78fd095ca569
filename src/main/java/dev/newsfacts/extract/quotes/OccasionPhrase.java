package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * "Lee during the debate said", "Trump in his announcement speech called", "but in a later interview
 * said": a phrase of the occasion between a subject and its verb says when or where, never who. It
 * opens with "during", "in", "at" or "on" and ends in a noun of an occasion or a medium.
 */
final class OccasionPhrase {
  private static final Set<String> OCCASIONS = WordList.set("/dev/newsfacts/lexicon/en/occasion-nouns.txt");
  /** Words of the phrase after its preposition: "during the second presidential debate on CNN" is too long to guess. */
  private static final int MAX_WORDS = 5;

  private OccasionPhrase() {}

  /** The index of the preposition opening an occasion phrase that ends at token {@code j}, or -1. */
  static int start(List<Token> toks, int j, int limit) {
    if (j < limit || j >= toks.size()) return -1;
    // listed as written: "Twitter" capitalised, "interview" in lower case only; "who served as chief
    // of staff during the Clinton administration told" has no occasion, only a time of its own
    if (!OCCASIONS.contains(toks.get(j).text())) return -1;
    for (int k = j - 1; k >= limit && j - k <= MAX_WORDS; k--) {
      Token t = toks.get(k);
      if ((t.is("during") || t.is("in") || t.is("at") || t.is("on")) && !t.isCapitalised()) return k;
      if (!phraseWord(t)) return -1;
    }
    return -1;
  }

  private static boolean phraseWord(Token t) {
    String p = SourceFinder.mainTag(t);
    return "DET".equals(p) || "ADJ".equals(p) || "NOUN".equals(p) || "PROPN".equals(p) || "NUM".equals(p)
        || t.is("his") || t.is("her") || t.is("their") || t.is("its") || t.is("a") || t.is("the")
        || t.text().endsWith("'s") || t.text().endsWith("\u2019s");
  }
}
