package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "U.S. District Judge Lynn Adelman", "Assistant District Attorney Kaitlyn Rude": a court's word right before the role
 * word of a person's title is the title's, not the end of a body's name ("U.S. District"); "Circuit Court Judge" keeps
 * its court, whose head word stands before the role.
 */
final class CourtTitles {
  private static final Set<String> WORDS = WordList.set("/dev/newsfacts/lexicon/en/court-title-words.txt");

  private CourtTitles() {}

  /** Whether token {@code k} is a court's word and the token after it a title's word. */
  static boolean qualifiesRole(List<Token> toks, int k) {
    return k + 1 < toks.size() && WORDS.contains(toks.get(k).text().toLowerCase(Locale.ROOT))
        && Titles.isTitleWord(toks.get(k + 1).text());
  }
}
