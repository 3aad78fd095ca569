package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "said a law that passed last year has failed": a "that" between a noun and a verb opens a relative
 * clause of that noun, so it does not introduce what was said; the noun is the subject of the content.
 * A "that" introducing content is followed by the content's own subject, not by a verb.
 */
final class RelativeThat {
  private RelativeThat() {}

  /** Whether the "that" at token {@code that} follows a noun and is followed by a verb or an auxiliary of its own. */
  static boolean at(List<Token> toks, int that) {
    if (that < 1 || that + 1 >= toks.size()) return false;
    String before = SourceFinder.mainTag(toks.get(that - 1));
    if (!"NOUN".equals(before) && !"PROPN".equals(before)) return false;
    int next = that + 1;
    // "a law that never passed": an adverb may stand between the pronoun and its verb
    if ("ADV".equals(toks.get(next).pos()) && next + 1 < toks.size()) next++;
    Token verb = toks.get(next);
    String tag = verb.pos();
    // "evidence that raising the floor costs jobs": a gerund is the subject of a content clause;
    // "concerns that he's", "that Trump/VERB said": a pronoun or a name opens one too
    if (verb.isCapitalised() || verb.text().endsWith("ing")) return false;
    return "VERB".equals(tag) || "AUX".equals(tag);
  }
}
