package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Charlottesville, VA", "Hudson, NH", "Toowoomba, QLD": a state's postal letters after a town and a comma name the
 * state, even where a list gives the letters to a body ("VA", Veterans Affairs). The town is a listed one or the
 * letters end the clause, so "Jane Ortiz, VA spokeswoman" keeps the body.
 */
final class PostalRegionsAfterTowns {
  /** Postal letters to the place they name (postal-regions.txt). */
  private static final Map<String, String> REGIONS = read();

  private PostalRegionsAfterTowns() {}

  /** The place the postal letters at {@code i} name after a town and a comma, or null. */
  static String region(List<Token> toks, int i, EntityLexicon lex) {
    String w = toks.get(i).text();
    String region = REGIONS.get(w);
    if (region == null || i < 2 || !toks.get(i - 1).is(",")) return null;
    Token town = toks.get(i - 2);
    if (town.sentence() != toks.get(i).sentence() || !town.isCapitalised() || allCapitals(town.text())) return null;
    boolean listed = lex.place(town.text()) != null || lex.isTown(town.text());
    boolean endsClause = i + 1 >= toks.size() || toks.get(i + 1).sentence() != toks.get(i).sentence()
        || toks.get(i + 1).text().isEmpty() || !Character.isLetterOrDigit(toks.get(i + 1).text().charAt(0));
    if (!listed && !endsClause) return null;
    String place = lex.place(region);
    return place != null ? place : region;
  }

  /** "LONDON, ON" of a headline in capitals: no town's name to go by. */
  private static boolean allCapitals(String w) {
    return w.equals(w.toUpperCase(java.util.Locale.ROOT));
  }

  private static Map<String, String> read() {
    Map<String, String> m = new HashMap<>();
    for (String line : WordList.linesAsWritten("/dev/newsfacts/entities/postal-regions.txt")) {
      int bar = line.indexOf('|');
      m.put(line.substring(0, bar), line.substring(bar + 1));
    }
    return Map.copyOf(m);
  }
}
