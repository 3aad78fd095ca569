package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.SpeechLexicon;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * "When they discuss the budget at home, she worries ...": an adverbial clause fronted before
 * "X said" sets the scene; it is not what was said. Only a lone clause counts: "If we lose, we
 * lose, he said" carries a main clause after the comma and stays. A fronted participle phrase
 * ("Kicking off the day in Salem, Trump accused ...", "In discussing the scandal, Bolton told
 * ...") sets the scene the same way when no verb of its own says anything.
 */
final class FrontedAdverbial {
  /** "But even after the growth cooled, ...": linking words before the subordinator. */
  private static final Set<String> OPENERS = Set.of("but", "and", "yet", "so", "even", "only", "just", "still");

  private FrontedAdverbial() {}

  /** Whether {@code [from, end)} is one adverbial clause opened by a subordinator, or one participle phrase. */
  static boolean test(List<Token> toks, SpeechLexicon lexicon, int from, int end) {
    int first = from;
    while (first < end && OPENERS.contains(toks.get(first).text().toLowerCase(java.util.Locale.ROOT))) first++;
    if (first >= end) return false;
    for (int k = first + 1; k < end; k++) if (toks.get(k).is(",")) return false;
    if (lexicon.isSubordinator(toks.get(first).text())) return true;
    return participlePhrase(toks, first, end);
  }

  /**
   * "Holding open a book", "In discussing the scandals": an -ing verb first (after a preposition
   * or not), and no finite verb after it; "Raising taxes would hurt families" has one and is a clause.
   */
  static boolean participlePhrase(List<Token> toks, int from, int end) {
    int v = "ADP".equals(toks.get(from).pos()) && from + 1 < end ? from + 1 : from;
    if (!isParticiple(toks.get(v))) return false;
    for (int k = v + 1; k < end; k++) {
      Token t = toks.get(k);
      String p = SourceFinder.mainTag(t);
      if ("AUX".equals(p) || t.pos() != null && t.pos().endsWith("+AUX")) return false;
      if ("VERB".equals(p) && !isParticiple(t) && !t.text().endsWith("ed")) return false;
    }
    return true;
  }

  private static boolean isParticiple(Token t) {
    return "VERB".equals(SourceFinder.mainTag(t)) && t.text().toLowerCase(java.util.Locale.ROOT).endsWith("ing");
  }
}
