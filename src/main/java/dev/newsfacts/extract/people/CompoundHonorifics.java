package dev.newsfacts.extract.people;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "Datuk Seri Johari Abdul Ghani", "Tan Sri Azman Hashim": Malaysian and Bruneian news put an honorific of two words
 * before a name (compound-honorifics.txt), whose second word is no part of the name, and whose first ("Tan") may
 * be no title on its own.
 */
final class CompoundHonorifics {
  private CompoundHonorifics() {}

  /** Where the name starts in the run {@code from}..{@code to} once such an honorific is left out, else {@code nameStart}. */
  static int nameStart(List<Token> toks, int from, int nameStart, int to) {
    if (nameStart >= to) return nameStart;
    // "Datuk Seri Johari": the first word was taken for a title, the second opens the name
    int before = nameStart - 1;
    if (before >= from && (toks.get(before).is("'") || toks.get(before).is("’"))) before--;
    if (before >= from && pair(toks.get(before), toks.get(nameStart))) return nameStart + 1 < to ? nameStart + 1 : nameStart;
    // "Tan Sri Azman Hashim": both words open the run
    if (nameStart + 2 < to && pair(toks.get(nameStart), toks.get(nameStart + 1))) return nameStart + 2;
    return nameStart;
  }

  private static boolean pair(Token first, Token second) {
    if (!first.isCapitalised() || !second.isCapitalised()) return false;
    return Titles.isCompoundHonorific(first.text(), second.text());
  }
}
