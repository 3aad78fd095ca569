package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.text.CharClasses;
import java.util.List;

/**
 * "Department of Climate Change, Energy, the Environment and Water", "Chamber of Commerce, Industry and Services",
 * "Ministry of Health, Labour and Welfare": after a connector, a body's name may list its portfolios with commas and
 * a closing "and". Each item is one to three plain capitalised words; a listed body, place or acronym among them, or
 * a list with no "and", is a list of names, not one name ("the Department of Health, the CDC and the NIH").
 */
final class PortfolioLists {
  /** The most words an item holds. */
  private static final int MAX_ITEM = 3;
  /** The most items after the first. */
  private static final int MAX_ITEMS = 5;

  private PortfolioLists() {}

  /**
   * Where the name whose run has reached the comma at {@code j} ends when the comma goes on with its portfolios,
   * or -1.
   */
  static int end(List<Token> toks, int j, boolean[] blocked, EntityLexicon lex) {
    if (!toks.get(j).is(",")) return -1;
    int sentence = toks.get(j).sentence();
    int k = j;
    for (int items = 0; items < MAX_ITEMS; items++) {
      // ", Energy", ", the Environment", " and Water", ", and Water"
      boolean last = false;
      if (k < toks.size() && toks.get(k).is(",")) k++;
      if (k < toks.size() && toks.get(k).is("and")) {
        last = true;
        k++;
      }
      if (k < toks.size() && toks.get(k).is("the")) k++;
      int start = k;
      while (k < toks.size() && k - start < MAX_ITEM && toks.get(k).sentence() == sentence && plainWord(toks, k, blocked, lex)) k++;
      if (k == start || k < toks.size() && toks.get(k).sentence() == sentence && CapitalisedRuns.namePart(toks, k, blocked)) {
        return -1;
      }
      // "University of California, Davis, and the Desert Research Institute": an item ending in a body's head word is
      // another body
      String end = CapitalisedRuns.word(toks.get(k - 1));
      if (k - start >= 2 && lex.isOrgHead(end) && !lex.isWeakOrgHead(end)) return -1;
      if (last) return k;
      if (k >= toks.size() || toks.get(k).sentence() != sentence || !(toks.get(k).is(",") || toks.get(k).is("and"))) return -1;
    }
    return -1;
  }

  private static boolean plainWord(List<Token> toks, int k, boolean[] blocked, EntityLexicon lex) {
    if (!CapitalisedRuns.namePart(toks, k, blocked) || CapitalisedRuns.possessive(toks.get(k))) return false;
    String w = toks.get(k).text();
    if (CapitalisedRuns.isAcronym(w) || w.length() < 3 || !CharClasses.allLowerCase(w, 1)) return false;
    return lex.place(w) == null && lex.organization(w) == null && !lex.isCountry(w) && lex.demonym(w) == null;
  }
}
