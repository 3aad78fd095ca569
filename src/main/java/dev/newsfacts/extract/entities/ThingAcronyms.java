package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Acronyms an article defines for a thing, not a body: "the overnight policy rate (OPR)" spells it with words
 * in lower case, "the Air Quality Index (AQI)" with a name that ends in a measure's or a document's word. Every
 * use of such an acronym in the article names no organisation.
 */
final class ThingAcronyms {
  /** Little words a name's acronym may skip ("Department of Statistics", "Fisheries and Oceans"). */
  private static final Set<String> SKIPPED = Set.of("of", "and", "the", "for", "on", "&");
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
    int k = open - 1;
    int sentence = toks.get(open).sentence();
    boolean lower = true;
    for (int n = acr.length() - 1; n >= 0; n--) {
      while (k >= 0 && toks.get(k).sentence() == sentence && SKIPPED.contains(toks.get(k).text().toLowerCase(Locale.ROOT))
          && n < acr.length() - 1) {
        k--;
      }
      if (k < 0 || toks.get(k).sentence() != sentence) return false;
      String w = toks.get(k).text();
      if (w.isEmpty() || Character.toUpperCase(w.charAt(0)) != acr.charAt(n)) return false;
      if (!Character.isLowerCase(w.charAt(0))) lower = false;
      k--;
    }
    String last = toks.get(open - 1).text();
    if (lower || lex.isDocumentWord(last)) return true;
    if (!SCHEME_WORDS.contains(last)) return false;
    // "Rocky Mountain High Intensity Drug Trafficking Area Task Force": a head word makes it a body after all
    for (int w = k + 1; w < open; w++) if (lex.isOrgHead(toks.get(w).text())) return false;
    return true;
  }
}
