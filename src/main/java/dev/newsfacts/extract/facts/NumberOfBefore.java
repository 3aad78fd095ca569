package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "cutting the number of rental scooters in the city centre from about 7,000 to 4,500", "raise the number of
 * beds to 400": a bare figure after "from", "to" or "by" counts what "the number of" before it names, when no verb
 * and no comma stand between them.
 */
final class NumberOfBefore {
  private static final Set<String> BEFORE_FIGURE = Set.of("from", "to", "by");
  /** Words that may stand between "from/to/by" and the figure: "from about 7,000". */
  private static final Set<String> APPROXIMATE = Set.of("about", "around", "some", "roughly", "nearly", "almost",
      "more", "than", "just", "over", "under", "fewer", "less", "an", "estimated");
  /** How far back "the number of" may stand, in tokens. */
  private static final int REACH = 14;

  private NumberOfBefore() {}

  /** What the figure starting at {@code figureStart} counts, or null when the construction does not hold. */
  static String unit(AnnotatedText at, int figureStart) {
    List<Token> toks = at.tokens();
    int k = at.tokenAtOrAfter(figureStart) - 1;
    if (k < 0) return null;
    int sentence = toks.get(k).sentence();
    while (k >= 0 && toks.get(k).sentence() == sentence && APPROXIMATE.contains(lower(toks.get(k)))) k--;
    if (k < 1 || toks.get(k).sentence() != sentence || !BEFORE_FIGURE.contains(lower(toks.get(k)))) return null;
    for (int j = k - 1; j >= 1 && k - j <= REACH && toks.get(j).sentence() == sentence; j--) {
      Token t = toks.get(j);
      if (t.text().equals(",") || t.text().equals(";") || base(t.pos()).equals("VERB") || base(t.pos()).equals("AUX")) {
        return null;
      }
      if (lower(t).equals("of") && lower(toks.get(j - 1)).equals("number")) return nounsAfter(at, toks, j + 1, k);
    }
    return null;
  }

  private static String nounsAfter(AnnotatedText at, List<Token> toks, int from, int limit) {
    int start = from;
    while (start < limit && (lower(toks.get(start)).equals("the") || lower(toks.get(start)).equals("its"))) start++;
    int end = start;
    while (end < limit && isNounWord(toks.get(end))) end++;
    if (end == start || !base(toks.get(end - 1).pos()).equals("NOUN")) return null;
    return at.text().substring(toks.get(start).start(), toks.get(end - 1).end());
  }

  private static boolean isNounWord(Token t) {
    String p = base(t.pos());
    return (p.equals("NOUN") || p.equals("ADJ") || p.equals("PROPN")) && Character.isLetter(t.text().charAt(0));
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  private static String base(String pos) {
    int plus = pos.indexOf('+');
    return plus < 0 ? pos : pos.substring(0, plus);
  }
}
