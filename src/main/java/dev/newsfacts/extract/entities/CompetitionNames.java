package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "the Sheffield Shield", "a Super Rugby Pacific game", "the Liga MX Clausura standings": a competition's name is no
 * body's, no place's ("Rugby" the town, "Pacific" the ocean) and no person's. Such a run holds a sport's name among
 * other words or ends with a competition's word (competition-words.txt); listed bodies and names ending in a place's
 * or a body's head word are read before this.
 */
final class CompetitionNames {
  private static final String LIST = "/dev/newsfacts/entities/competition-words.txt";
  private static final Set<String> SPORTS = WordList.marked(LIST, "sport");
  private static final Set<String> ENDS = WordList.marked(LIST, "end");

  private CompetitionNames() {}

  /** Whether a run of two words or more names a competition. */
  static boolean isCompetition(List<String> words) {
    if (words.size() < 2) return false;
    if (endsCompetition(words.get(words.size() - 1))) return true;
    for (String w : words) if (SPORTS.contains(w.toLowerCase(Locale.ROOT))) return true;
    return false;
  }

  /** Whether a name's last word is a competition's ("Shield", "Trophy", "Clausura"). */
  static boolean endsCompetition(String word) {
    return ENDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether the word is a sport's name ("Rugby", "Netball"). */
  static boolean isSport(String word) {
    return SPORTS.contains(word.toLowerCase(Locale.ROOT));
  }
}
