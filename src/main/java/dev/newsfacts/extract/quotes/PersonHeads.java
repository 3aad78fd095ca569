package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.Locale;
import java.util.Set;

/**
 * Nouns that name one person by role ("senator", "chief executive", "investor"): the head of a description
 * such as "the Texas senator", never of an organisation's name. The person-description list and the
 * occupations.
 */
final class PersonHeads {
  private static final Set<String> HEADS = WordList.set("/dev/newsfacts/lexicon/en/person-description-heads.txt");
  private static final Set<String> OCCUPATIONS = WordList.set("/dev/newsfacts/lexicon/en/occupation-nouns.txt");

  private PersonHeads() {}

  static boolean contains(String word) {
    String l = word.toLowerCase(Locale.ROOT);
    return HEADS.contains(l) || OCCUPATIONS.contains(l);
  }
}
