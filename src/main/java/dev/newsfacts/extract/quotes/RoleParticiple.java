package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "said ranking Democrat Jane Doe", "the acting Secretary said": an -ing word of a role, which the tagger
 * may read as a verb, before a capitalised word or a noun, belongs to the noun phrase that names the source.
 */
final class RoleParticiple {
  private static final Set<String> WORDS = WordList.set("/dev/newsfacts/lexicon/en/role-participles.txt");

  private RoleParticiple() {}

  /** Whether token {@code k} is such a word, with the word it modifies before {@code limit}. */
  static boolean at(List<Token> toks, int k, int limit) {
    if (k < 0 || k + 1 >= Math.min(limit, toks.size())) return false;
    Token t = toks.get(k);
    if (!WORDS.contains(t.text().toLowerCase(Locale.ROOT))) return false;
    Token next = toks.get(k + 1);
    String tag = SourceFinder.mainTag(next);
    return next.sentence() == t.sentence()
        && (next.isCapitalised() && next.text().length() > 1 || "NOUN".equals(tag) || "PROPN".equals(tag));
  }
}
