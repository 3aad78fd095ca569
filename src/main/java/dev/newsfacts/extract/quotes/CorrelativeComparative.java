package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Sentence;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * "The longer the talks go on, the more voters say they are tired": in a correlative comparative
 * the verbs inside the two "the + comparative" clauses state a tendency, not what anyone said. A
 * cue after them ("..., the union said") still attributes the whole sentence.
 */
final class CorrelativeComparative {
  private static final Set<String> COMPARATIVES = Set.of("more", "less", "fewer", "better", "worse", "further", "farther");

  private CorrelativeComparative() {}

  /** Whether the cue at {@code cue} stands inside a "the + comparative" clause of such a sentence. */
  static boolean covers(List<Token> toks, Sentence s, int cue) {
    int first = s.firstToken();
    while (first < cue && "PUNCT".equals(toks.get(first).pos())) first++;
    if (!opensComparative(toks, first, s.endToken()) || !secondComparative(toks, first + 2, s.endToken())) return false;
    int clause = first;
    for (int k = cue - 1; k > first; k--) {
      if (toks.get(k).is(",")) {
        clause = k + 1;
        break;
      }
    }
    return clause == first || opensComparative(toks, clause, s.endToken());
  }

  /**
   * "The premier told reporters": an "-er" word after "the" may be a noun the tagger calls an
   * adjective; only a second "the + comparative" after a comma makes the sentence a correlative.
   */
  private static boolean secondComparative(List<Token> toks, int from, int end) {
    for (int k = from; k + 1 < end; k++) {
      if (toks.get(k).is(",") && opensComparative(toks, k + 1, end)) return true;
    }
    return false;
  }

  static boolean opensComparative(List<Token> toks, int i, int end) {
    if (i + 1 >= end || !toks.get(i).is("the")) return false;
    Token t = toks.get(i + 1);
    String w = t.text().toLowerCase(java.util.Locale.ROOT);
    if (COMPARATIVES.contains(w)) return true;
    return w.length() > 4 && w.endsWith("er") && ("ADJ".equals(t.pos()) || "ADV".equals(t.pos()));
  }
}
