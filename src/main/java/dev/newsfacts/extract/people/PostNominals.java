package dev.newsfacts.extract.people;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * "Darragh Moloney TD", "Jane Doe MP": letters for a seat or an honour after a name end it. A run of two or more name
 * words ending in them is cut before them, so the person is "Darragh Moloney" and later "Moloney" finds him.
 */
public final class PostNominals {
  private static final Set<String> LETTERS = Set.copyOf(WordList.linesAsWritten("/dev/newsfacts/lexicon/en/post-nominals.txt"));

  private PostNominals() {}

  /** Whether {@code word} is a seat's or an honour's letters ("TD", "MP", "OBE"), as written. */
  public static boolean isLetters(String word) {
    return LETTERS.contains(word);
  }

  /** Where the name of the run {@code [from, to)} ends: before its trailing post-nominal letters, or {@code to}. */
  static int nameEnd(List<Token> toks, int from, int to) {
    int end = to;
    while (end - from > 2 && LETTERS.contains(toks.get(end - 1).text())) end--;
    return end;
  }
}
