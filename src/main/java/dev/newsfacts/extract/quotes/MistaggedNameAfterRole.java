package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "said economist Helen/ADV Marsh, who …": a given name the tagger read as some other word, between a
 * lower-case role noun and a proper noun, is the first word of the name the role goes with, so the
 * source after an inverted cue runs on to the surname instead of stopping at the role.
 */
final class MistaggedNameAfterRole {
  private MistaggedNameAfterRole() {}

  /** Whether token {@code k} is a capitalised word after a lower-case noun and before a proper noun, all in one sentence. */
  static boolean at(List<Token> toks, int k) {
    if (k < 1 || k + 1 >= toks.size()) return false;
    Token t = toks.get(k);
    Token before = toks.get(k - 1);
    Token after = toks.get(k + 1);
    if (!t.isCapitalised() || t.text().length() < 2 || before.sentence() != t.sentence() || after.sentence() != t.sentence()) {
      return false;
    }
    return "NOUN".equals(SourceFinder.mainTag(before)) && !before.isCapitalised()
        && "PROPN".equals(SourceFinder.mainTag(after)) && after.isCapitalised();
  }
}
