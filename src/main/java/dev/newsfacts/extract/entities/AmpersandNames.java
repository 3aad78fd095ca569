package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "Rothschild & Co", "Brighton & Hove Albion", "Marks & Spencer": news prose joins two names with "and"; an
 * ampersand between capitalised words is written inside one name, which is a firm's or a club's.
 */
final class AmpersandNames {
  private AmpersandNames() {}

  /** Whether the "&" at {@code j} joins the capitalised word before it to the one after it. */
  static boolean joins(List<Token> toks, int j, boolean[] blocked) {
    if (j < 1 || j + 1 >= toks.size() || !toks.get(j).is("&")) return false;
    Token before = toks.get(j - 1);
    Token after = toks.get(j + 1);
    return before.sentence() == after.sentence() && CapitalisedRuns.namePart(toks, j - 1, blocked)
        && !CapitalisedRuns.possessive(before) && CapitalisedRuns.namePart(toks, j + 1, blocked)
        && toks.get(j).start() - before.end() <= 1 && after.start() - toks.get(j).end() <= 1;
  }

  /** Whether the run {@code [a, b)} has an ampersand inside it. */
  static boolean inside(List<Token> toks, int a, int b) {
    for (int k = a + 1; k < b - 1; k++) if (toks.get(k).is("&")) return true;
    return false;
  }

  /**
   * "Texas A&M University", "the A&E department": capital letters glued to an ampersand and capitals ("A" "&M", as the
   * tokenizer splits them) are one abbreviation, a word of the name even where a letter alone ("A") is an article.
   */
  static boolean gluedLetters(List<Token> toks, int i) {
    String w = toks.get(i).text();
    if (LETTERS.matcher(w).matches()) {
      return i + 1 < toks.size() && toks.get(i + 1).start() == toks.get(i).end()
          && AMPERSAND_LETTERS.matcher(toks.get(i + 1).text()).matches();
    }
    return AMPERSAND_LETTERS.matcher(w).matches() && i > 0 && toks.get(i - 1).end() == toks.get(i).start()
        && LETTERS.matcher(toks.get(i - 1).text()).matches();
  }

  private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("\\p{Lu}{1,3}");
  private static final java.util.regex.Pattern AMPERSAND_LETTERS = java.util.regex.Pattern.compile("&\\p{Lu}{1,3}");
}
