package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "Wal-Mart", "Al-Mutairi", "Melissa Mark-Viverito": the tokenizer splits a hyphenated name into
 * pieces ("Wal" "-" "Mart", or "Mark" "-Viverito"). Written with no space around the hyphen, the
 * pieces are one word of the name, so a speaker's name covers them all, not the last piece alone.
 */
final class HyphenatedName {
  private HyphenatedName() {}

  /** The tokens of the hyphenated word that token {@code k} belongs to; {@code k} alone when it is in none. */
  static TokenSpan around(List<Token> toks, int k) {
    int s = k;
    int e = k + 1;
    while (true) {
      if (GluedHyphenName.isGluedPiece(toks, s) && toks.get(s - 1).isCapitalised()) s--;
      else if (s >= 2 && gluedDash(toks, s - 1) && toks.get(s).isCapitalised() && toks.get(s - 2).isCapitalised()) s -= 2;
      else break;
    }
    while (e < toks.size()) {
      if (GluedHyphenName.isGluedPiece(toks, e) && toks.get(e - 1).isCapitalised()) e++;
      else if (e + 1 < toks.size() && gluedDash(toks, e) && toks.get(e - 1).isCapitalised()
          && toks.get(e + 1).isCapitalised()) e += 2;
      else break;
    }
    return new TokenSpan(s, e);
  }

  /** The hyphenated word's text as the article writes it. */
  static String text(String text, List<Token> toks, TokenSpan word) {
    return text.substring(toks.get(word.start()).start(), toks.get(word.end() - 1).end());
  }

  /**
   * "Mart" named inside "Wal-Mart", "Melissa Mark" inside "Melissa Mark-Viverito": each word of
   * {@code name} that is a piece of {@code hyphenated} becomes the whole hyphenated word.
   */
  static String widen(String name, String hyphenated) {
    if (name == null || name.contains(hyphenated)) return name;
    String[] pieces = hyphenated.split("-");
    String[] words = name.split(" ");
    boolean changed = false;
    for (int i = 0; i < words.length; i++) {
      for (String piece : pieces) {
        if (!piece.isEmpty() && words[i].equals(piece)) {
          words[i] = hyphenated;
          changed = true;
          break;
        }
      }
    }
    return changed ? String.join(" ", words) : name;
  }

  /** A lone "-" with a word glued on either side. */
  private static boolean gluedDash(List<Token> toks, int d) {
    if (d < 1 || d + 1 >= toks.size()) return false;
    Token dash = toks.get(d);
    return dash.is("-") && toks.get(d - 1).end() == dash.start() && dash.end() == toks.get(d + 1).start();
  }
}
