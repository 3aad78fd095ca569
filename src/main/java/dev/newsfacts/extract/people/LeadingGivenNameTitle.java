package dev.newsfacts.extract.people;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "sacking Dean Holt", "president Dean Hollis": a title word that is mostly a given name, opening a run of two
 * words, is the person's given name rather than an office before a surname.
 */
final class LeadingGivenNameTitle {
  private static final Set<String> WORDS = WordList.set("/dev/newsfacts/lexicon/en/titles-mostly-given-names.txt");

  private LeadingGivenNameTitle() {}

  /** Whether the run {@code from}..{@code to} is such a given name and a surname. */
  static boolean at(List<Token> toks, int from, int to) {
    if (to - from != 2 || !WORDS.contains(toks.get(from).text().toLowerCase(Locale.ROOT))) return false;
    Token surname = toks.get(from + 1);
    return surname.isCapitalised() && !Titles.isTitleWord(surname.text()) && surname.text().length() > 1
        && Character.isLowerCase(surname.text().charAt(surname.text().length() - 1));
  }
}
