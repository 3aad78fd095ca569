package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Riverland Growers Co-operative", "Hill Valley Dairy Co-op": the tokenizer cuts the head word at its hyphen into
 * "Co", "-" and "operative"; the hyphen and the half after it are the name's too.
 */
final class CooperativeHeads {
  private static final Set<String> HALVES = WordList.set("/dev/newsfacts/entities/cooperative-halves.txt");

  private CooperativeHeads() {}

  /**
   * How many tokens from {@code j} finish a "Co" at {@code j - 1} into "Co-operative" or "Co-op", all glued: 2 for
   * "-" and the half, 1 for a "-operative" the tokenizer kept whole, else 0.
   */
  static int width(List<Token> toks, int j) {
    if (j < 1 || j >= toks.size() || !toks.get(j - 1).text().equals("Co") || toks.get(j).start() != toks.get(j - 1).end()) return 0;
    String w = toks.get(j).text();
    if (w.length() > 1 && w.charAt(0) == '-') return HALVES.contains(w.substring(1).toLowerCase(Locale.ROOT)) ? 1 : 0;
    if (!w.equals("-") || j + 1 >= toks.size() || toks.get(j + 1).start() != toks.get(j).end()) return 0;
    return HALVES.contains(toks.get(j + 1).text().toLowerCase(Locale.ROOT)) ? 2 : 0;
  }

  /** Whether the name that ends before {@code j} ends on such a head's half ("...Co-operative"). */
  static boolean endsAt(List<Token> toks, int j) {
    return j >= 3 && width(toks, j - 2) == 2 || j >= 2 && width(toks, j - 1) == 1;
  }
}
