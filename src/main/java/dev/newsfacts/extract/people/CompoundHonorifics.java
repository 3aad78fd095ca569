package dev.newsfacts.extract.people;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "Tan Sri Shahrir Samad", "Minister Datuk Seri Johari Ghani": an honorific of two words before a name is the
 * person's, not the name's first words; the name starts after it when at least one name word follows.
 */
final class CompoundHonorifics {
  private CompoundHonorifics() {}

  /** Where the name of the run ending at {@code to} starts, {@code nameStart} moved past a two-word honorific. */
  static int nameStart(List<Token> toks, int nameStart, int to) {
    // "Tan Sri" opening the name's words
    if (nameStart + 2 < to && toks.get(nameStart + 1).isCapitalised()
        && Titles.isCompoundHonorific(toks.get(nameStart).text(), toks.get(nameStart + 1).text())) {
      return nameStart + 2;
    }
    // "Datuk" already read as a title, "Seri" left opening the name
    if (nameStart > 0 && nameStart + 1 < to && toks.get(nameStart).isCapitalised()
        && Titles.isCompoundHonorific(toks.get(nameStart - 1).text(), toks.get(nameStart).text())) {
      return nameStart + 1;
    }
    return nameStart;
  }
}
