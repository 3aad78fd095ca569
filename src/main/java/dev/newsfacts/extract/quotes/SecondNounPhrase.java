package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * "told the union leaders the offer would not change", "told him it was over": after the one who is
 * told, a determiner, a possessive or "it" opens a second noun phrase, the subject of what was said,
 * not more of the addressee.
 */
final class SecondNounPhrase {
  private static final Set<String> OPENERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my", "it");

  private SecondNounPhrase() {}

  /** True when token {@code k}, after the object that began at {@code from}, opens a new noun phrase. */
  static boolean opensAt(List<Token> toks, int from, int k) {
    if (k <= from || k + 1 >= toks.size()) return false;
    Token t = toks.get(k);
    if (!OPENERS.contains(t.text().toLowerCase(java.util.Locale.ROOT))) return false;
    String prev = SourceFinder.mainTag(toks.get(k - 1));
    return "NOUN".equals(prev) || "PROPN".equals(prev) || "PRON".equals(prev) && !isPossessive(toks.get(k - 1));
  }

  private static boolean isPossessive(Token t) {
    return t.is("his") || t.is("her") || t.is("their") || t.is("its") || t.is("our") || t.is("my") || t.is("your");
  }
}
