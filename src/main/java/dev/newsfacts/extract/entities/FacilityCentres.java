package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "the Muchea Livestock Centre", "Darwin Convention Centre", "the Ballymun Leisure Centre": "Centre" after a kind of
 * facility (facility-kinds.txt) names the place where sales, shows or swims happen, not a body; "Brennan Center" or
 * "Hurricane Center" (no such word before) stays a body's head.
 */
final class FacilityCentres {
  private static final String LIST = "/dev/newsfacts/entities/facility-kinds.txt";
  private static final Set<String> KINDS = WordList.set(LIST);
  private static final Set<String> HEADS = WordList.marked(LIST, "head");

  private FacilityCentres() {}

  /** Whether the words, two or more, end in a centre's word right after a facility's kind. */
  static boolean isFacility(List<String> words) {
    int n = words.size();
    return n >= 2 && HEADS.contains(words.get(n - 1).toLowerCase(Locale.ROOT))
        && KINDS.contains(words.get(n - 2).toLowerCase(Locale.ROOT));
  }
}
