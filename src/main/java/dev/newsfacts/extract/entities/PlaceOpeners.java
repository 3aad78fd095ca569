package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.List;
import java.util.Set;

/**
 * "Lake Superior", "Mount Kenya", "Alto de Arrate": a natural place's word opening a name makes it one place's, where
 * the lists may know its last word as a town ("Superior") and the person step may take it for a person's ("Lake Tahoe").
 */
final class PlaceOpeners {
  private static final Set<String> OPENERS = WordList.set("/dev/newsfacts/entities/place-openers.txt");

  private PlaceOpeners() {}

  /** Whether {@code word} is a natural place's word that opens a name ("Lake", "Alto"). */
  static boolean isOpener(String word) {
    return OPENERS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether the words, two to four, open with a place's word and go on with capitalised words, a place's particle
   * between them ("Passo del Tonale" is written with one, "Alto de Arrate" too).
   */
  static boolean opensPlace(List<String> words) {
    if (words.size() < 2 || words.size() > 4 || !OPENERS.contains(words.get(0).toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    String last = words.get(words.size() - 1);
    if (last.isEmpty() || !Character.isUpperCase(last.charAt(0))) return false;
    for (String w : words.subList(1, words.size() - 1)) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !CapitalisedRuns.PLACE_PARTICLES.contains(w)) return false;
    }
    return true;
  }
}
