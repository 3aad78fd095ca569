package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;

/**
 * "384 pledged delegates", "a lead in pledged delegates": a past participle between a number or a
 * preposition and the noun it describes is an adjective, whatever the tagger says, not a verb that
 * reports.
 */
final class AttributiveParticiple {
  private AttributiveParticiple() {}

  /** Whether the "-ed" form at {@code i} describes the noun after it. */
  static boolean at(List<Token> toks, int i) {
    if (i == 0 || i + 1 >= toks.size() || !toks.get(i).text().toLowerCase(Locale.ROOT).endsWith("ed")) return false;
    Token prev = toks.get(i - 1);
    Token next = toks.get(i + 1);
    if (prev.sentence() != toks.get(i).sentence() || next.sentence() != toks.get(i).sentence()) return false;
    // the tagger may read the plural after the participle as a verb ("pledged/PROPN delegates/VERB")
    boolean noun = "NOUN".equals(next.pos()) || next.text().endsWith("s") && !"PRON".equals(next.pos())
        && !"DET".equals(next.pos()) && !"AUX".equals(next.pos());
    if (!noun) return false;
    // "the firm in 2015 announced layoffs": a year after its preposition is a time, the verb stays a verb
    if ("NUM".equals(prev.pos())) return i < 2 || !"ADP".equals(toks.get(i - 2).pos());
    return "ADP".equals(prev.pos());
  }
}
