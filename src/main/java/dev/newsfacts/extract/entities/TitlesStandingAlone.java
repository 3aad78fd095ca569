package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.lexicon.WordList;
import java.util.Locale;
import java.util.Set;

/**
 * "Gen. Joseph Dunford" split after "Gen.", "Republican Sens. Mike Crapo", "the former Chairwoman's computer": a title
 * or its abbreviation standing without the name it goes before is a "person" the person step made of one word. A
 * title word that is also a name ("Dean", "King", "Bishop") may be a surname and stays.
 */
final class TitlesStandingAlone {
  private static final Set<String> ALSO_NAMES = WordList.set("/dev/newsfacts/lexicon/en/titles-also-names.txt");

  private TitlesStandingAlone() {}

  /** Whether every mention of {@code p} is one title word or title abbreviation that is no name. */
  static boolean titleOnly(PersonEntry p) {
    if (p.mentions.isEmpty()) return false;
    for (PersonMention m : p.mentions) {
      String w = m.text();
      if (w.contains(" ") || ALSO_NAMES.contains(w.toLowerCase(Locale.ROOT))) return false;
      if (!Titles.isTitleWord(w) && !Titles.isRoleAbbreviation(w)) return false;
    }
    return true;
  }
}
