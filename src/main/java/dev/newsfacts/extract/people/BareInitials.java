package dev.newsfacts.extract.people;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * An initial written without its dot ("managing director K Srinivasa Rao", common in Indian and Malaysian copy), which
 * the tagger reads as a number or a symbol: it opens the name after a title word, or before two name words.
 */
final class BareInitials {
  private BareInitials() {}

  /** Whether token {@code i} is a lone capital other than "A" and "I" that opens a name, one space before a name word. */
  static boolean opensName(AnnotatedText at, int i, Set<String> notNames) {
    List<Token> toks = at.tokens();
    String w = toks.get(i).text();
    if (w.length() != 1 || !Character.isUpperCase(w.charAt(0)) || w.equals("A") || w.equals("I") || i + 1 >= toks.size()) {
      return false;
    }
    if (!spacedName(at, i + 1, notNames)) return false;
    boolean titled = i > 0 && Titles.isTitleWord(toks.get(i - 1).text()) && toks.get(i - 1).sentence() == toks.get(i).sentence();
    return titled || i + 2 < toks.size() && spacedName(at, i + 2, notNames);
  }

  private static boolean spacedName(AnnotatedText at, int k, Set<String> notNames) {
    List<Token> toks = at.tokens();
    Token prev = toks.get(k - 1);
    Token t = toks.get(k);
    return t.sentence() == prev.sentence() && t.start() - prev.end() == 1 && at.text().charAt(prev.end()) == ' '
        && PersonIndex.nameLike(t, notNames);
  }
}
