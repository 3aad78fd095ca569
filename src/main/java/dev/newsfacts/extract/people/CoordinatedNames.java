package dev.newsfacts.extract.people;

import dev.newsfacts.extract.lexicon.Places;
import dev.newsfacts.extract.lexicon.WordList;
import java.util.List;
import java.util.Set;

/**
 * A name listed with a person's ("Tries from Tevita Kulu and Sione Havili", "economists Pranjul Bhandari and Aayushi
 * Chaudhary", "Ana Ruiz, Tupac Mayta and Lia Soto") is a person's too, though its given name is on no list: two or three
 * plain capitalised words, no place, place's word ("Hills"), body's word or title among them, joined to a person's full name by "and", "or" or
 * a comma.
 */
final class CoordinatedNames {
  private static final Set<String> JOINS = Set.of(" and ", " or ", ", ", ", and ", " & ");
  /** Words that end places' names ("Hills", "Park"), some of them surnames too: a listed partner with one is left alone. */
  private static final Set<String> PLACE_WORDS = placeWords();

  private CoordinatedNames() {}

  /**
   * Whether the run at {@code k} of {@code runs} (in text order) is a plain name right before or after a person's full
   * name ({@code people} holds the runs already taken for people).
   */
  static boolean isPartner(String text, List<NameMention> runs, int k, Set<NameMention> people) {
    NameMention m = runs.get(k);
    if (!plain(m)) return false;
    return k > 0 && joined(text, runs.get(k - 1), m, people) || k + 1 < runs.size() && joined(text, m, runs.get(k + 1), people);
  }

  private static boolean joined(String text, NameMention a, NameMention b, Set<NameMention> people) {
    if (b.titleStart() < a.end() || !JOINS.contains(text.substring(a.end(), b.titleStart()))) return false;
    NameMention person = people.contains(a) ? a : people.contains(b) ? b : null;
    return person != null && person.words().size() >= 2;
  }

  private static boolean plain(NameMention m) {
    List<String> w = m.words();
    if (w.size() < 2 || w.size() > 3 || !m.title().isEmpty()) return false;
    for (String x : w) {
      if (!OccupationBeforeName.plainNameWord(x) || PLACE_WORDS.contains(x.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return !Places.isPlace(m.text());
  }

  private static Set<String> placeWords() {
    Set<String> out = new java.util.HashSet<>();
    for (String line : WordList.linesAsWritten("/dev/newsfacts/entities/place-heads.txt")) {
      out.add(line.split("\\|")[0].trim().toLowerCase(java.util.Locale.ROOT));
    }
    return Set.copyOf(out);
  }
}
