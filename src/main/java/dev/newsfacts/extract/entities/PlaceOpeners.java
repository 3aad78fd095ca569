package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.List;
import java.util.Set;

/**
 * "Lake Superior", "Mount Kenya": a natural place's word opening a name makes it one place's, where the lists may
 * know its last word as a town ("Superior") and the person step may take it for a person's ("Lake Tahoe").
 */
final class PlaceOpeners {
  private static final Set<String> OPENERS = WordList.set("/dev/newsfacts/entities/place-openers.txt");

  private PlaceOpeners() {}

  /** Whether the words, two to four, open with a place's word and go on with capitalised words. */
  static boolean opensPlace(List<String> words) {
    if (words.size() < 2 || words.size() > 4 || !OPENERS.contains(words.get(0).toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    for (String w : words.subList(1, words.size())) if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
    return true;
  }
}
