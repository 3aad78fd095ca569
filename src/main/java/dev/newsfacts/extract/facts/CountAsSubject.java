package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "19 people were killed, 42 were injured and six remain missing", "5,400 spaces opened last year. Another 6,100 are
 * under construction.": a bare figure that is the subject of its own verb counts what the count before it counted,
 * the count of its sentence, or with "another" the one of the sentence before.
 */
final class CountAsSubject {
  private static final Pattern ANOTHER_BEFORE = Pattern.compile("(?i)\\banother[ \\u00A0]+\\z");
  /** Enough for "another ". */
  private static final int REACH = 9;

  private CountAsSubject() {}

  /** Whether the token at {@code k}, right after a figure with no noun, is a verb of the same sentence. */
  static boolean verbFollows(List<Token> toks, int k, int sentence) {
    if (k >= toks.size() || toks.get(k).sentence() != sentence) return false;
    String pos = toks.get(k).pos();
    return "AUX".equals(pos) || "VERB".equals(pos);
  }

  /** Whether "another" stands right before the figure starting at {@code figureStart}. */
  static boolean afterAnother(String text, int figureStart) {
    return ANOTHER_BEFORE.matcher(text.substring(Math.max(0, figureStart - REACH), figureStart)).find();
  }

  /** Whether a bare figure can count what {@code before}, a count of whole things, counted. */
  static boolean fits(Figure f, String beforeUnit) {
    return !f.share() && f.currency() == null && f.measure() == null && f.value() == Math.rint(f.value())
        && !beforeUnit.startsWith("share") && !beforeUnit.contains("(") && !CurrencySigns.namesCurrency(beforeUnit);
  }
}
