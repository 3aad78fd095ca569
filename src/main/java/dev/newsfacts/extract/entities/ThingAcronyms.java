package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Acronyms an article defines for a thing, not a body: "the overnight policy rate (OPR)" spells it with words
 * in lower case (but for the one opening a sentence), "the Air Quality Index (AQI)" with a name that ends in a measure's or a document's word. Every
 * use of such an acronym in the article names no organisation.
 */
final class ThingAcronyms {
  /** Little words a name's acronym may skip ("Department of Statistics", "Fisheries and Oceans"). */
  static final Set<String> SKIPPED = WordList.set("/dev/newsfacts/entities/acronym-linking-words.txt");
  /** Words that end the name of a payment, a scheme or an area, never a body's (scheme-words.txt). */
  private static final Set<String> SCHEME_WORDS =
      Set.copyOf(WordList.linesAsWritten("/dev/newsfacts/entities/scheme-words.txt"));

  private ThingAcronyms() {}

  /** The acronyms defined in brackets, "(ACR)", after words that name a thing. */
  static Set<String> find(List<Token> toks, EntityLexicon lex) {
    Set<String> out = new HashSet<>();
    for (int i = 1; i + 2 < toks.size(); i++) {
      if (!toks.get(i).is("(") || !toks.get(i + 2).is(")")) continue;
      String acr = toks.get(i + 1).text();
      if (CapitalisedRuns.isAcronym(acr) && !acr.contains(".") && namesThing(toks, i, acr, lex)) out.add(acr);
    }
    return out;
  }

  /** Whether the words right before the bracket at {@code open} spell {@code acr} and name a thing. */
  static boolean namesThing(List<Token> toks, int open, String acr, EntityLexicon lex) {
    int k = spelledFrom(toks, open - 1, acr, acr.length() - 1, toks.get(open).sentence());
    if (k < 0) return false;
    // "Crude palm oil (CPO) production rose": the word opening the sentence is capitalised for that alone, so the
    // words after it say whether the name is written in lower case
    boolean opens = k == 0 || toks.get(k - 1).sentence() != toks.get(k).sentence();
    boolean lower = true;
    for (int w = opens && open - k > 1 ? k + 1 : k; w < open; w++) {
      String t = toks.get(w).text();
      if (!t.isEmpty() && !SKIPPED.contains(t.toLowerCase(Locale.ROOT)) && !Character.isLowerCase(t.charAt(0))) lower = false;
    }
    k--;
    String last = toks.get(open - 1).text();
    if (lower || lex.isDocumentWord(last)) return true;
    if (!SCHEME_WORDS.contains(last)) return false;
    // "Rocky Mountain High Intensity Drug Trafficking Area Task Force": a head word makes it a body after all
    for (int w = k + 1; w < open; w++) if (lex.isOrgHead(toks.get(w).text())) return false;
    return true;
  }

  /**
   * Where the words ending at {@code k} start that spell {@code acr} up to its letter {@code n}, or -1. A little word
   * ("of", "and") may give its letter ("Freedom of Information Act (FOIA)") or be skipped ("Department of Statistics
   * (DS)"); the last word always gives one.
   */
  private static int spelledFrom(List<Token> toks, int k, String acr, int n, int sentence) {
    if (n < 0) return k + 1;
    if (k < 0 || toks.get(k).sentence() != sentence) return -1;
    String w = toks.get(k).text();
    if (!w.isEmpty() && Character.toUpperCase(w.charAt(0)) == acr.charAt(n)) {
      int from = spelledFrom(toks, k - 1, acr, n - 1, sentence);
      if (from >= 0) return from;
    }
    if (n < acr.length() - 1 && SKIPPED.contains(w.toLowerCase(Locale.ROOT))) return spelledFrom(toks, k - 1, acr, n, sentence);
    return -1;
  }
}
