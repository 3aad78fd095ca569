package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Some say the plan will fail", "Others argue that ...", "Yet another said, ...": a quantifier
 * standing alone before the verb is its subject, the people it counts. Not one that ends a longer
 * phrase ("the other some"), which the tagger would have joined to a noun.
 */
final class QuantifierSubject {
  private static final Set<String> WORDS = WordList.set("/dev/newsfacts/lexicon/en/quantifier-subjects.txt");

  private QuantifierSubject() {}

  /**
   * Token {@code j} is a quantifier that opens its clause, not reaching before {@code limit}, and the
   * cue after it is no noun, no participle nor "called", and its next word is no noun ("most state
   * parties release": a noun phrase).
   */
  static boolean at(List<Token> toks, int j, int cue, int limit) {
    if (!WORDS.contains(toks.get(j).text().toLowerCase(Locale.ROOT))) return false;
    Token verb = toks.get(cue);
    // "most telling", "another called i360": a participle or a naming verb, not someone speaking
    String w = verb.text().toLowerCase(Locale.ROOT);
    // the tagger may call "said" after "Yet another" an adjective, but "some claims" is a noun phrase
    if ("NOUN".equals(verb.pos()) || w.endsWith("ing") || w.equals("called")) return false;
    if (cue + 1 < toks.size() && "NOUN".equals(toks.get(cue + 1).pos())) return false;
    if (j - 1 < limit) return true;
    Token prev = toks.get(j - 1);
    String p = prev.pos();
    return "PUNCT".equals(p) || "CCONJ".equals(p) || "SCONJ".equals(p) || "ADV".equals(p) || SourceFinder.isQuoteMark(prev);
  }
}
