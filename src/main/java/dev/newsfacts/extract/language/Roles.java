package dev.newsfacts.extract.language;

import java.util.ArrayList;
import java.util.List;

/**
 * Who a description stands for: "la ministre" after "la ministre de la Santé, Anne Martin" is Anne
 * Martin. Each named person is remembered with the role words next to the name (before it, or after
 * it in apposition); a description is the latest person before it that shares one of its role words.
 */
final class Roles {
  private static final int REACH_WORDS = 6;
  /** A role word belongs to a name of its own sentence only ("… Anja Piel. Die Sprecherin des Ministeriums"). */
  private static final java.util.Set<String> SENTENCE_ENDS = java.util.Set.of(".", "!", "?", ";");

  private record Entry(int offset, String role, String name) {}

  private final List<Entry> entries = new ArrayList<>();
  private final Names names;

  Roles(String text, List<Word> words, List<Names.Found> people, Names names) {
    this.names = names;
    for (Names.Found f : people) {
      int k = Cues.indexAtOrAfter(words, f.start());
      String full = Names.fullest(f.name(), people);
      int from = k;
      while (from > 0 && k - from < REACH_WORDS && !SENTENCE_ENDS.contains(words.get(from - 1).text())) from--;
      int after = Cues.indexAtOrAfter(words, f.end());
      // after the name only an apposition describes it ("Anne Martin, ministre de la Santé"), not a speech
      // verb's subject after a comma ("schreibe seit Jahren Verluste, sagte der Manager")
      boolean apposition = after + 1 < words.size() && words.get(after).text().equals(",")
          && !names.opensClause(words.get(after + 1));
      for (int j = from; j < Math.min(words.size(), k + REACH_WORDS); j++) {
        Word w = words.get(j);
        if (w.start() >= f.end() && SENTENCE_ENDS.contains(w.text())) break;
        if (w.start() >= f.end() && (!apposition || j > after && w.text().equals(","))) break;
        if (w.start() >= f.start() && w.end() <= f.end()) continue;
        if (names.isRoleWord(w)) entries.add(new Entry(f.start(), stem(w.text()), full));
      }
    }
  }

  /**
   * "entraîneur-chef" → "entraîneur": a role compound with a hyphen is the role of its first part when that
   * part is a role itself ("SPD-Chef" keeps its party, "porte-parole" stays whole).
   */
  private String stem(String word) {
    int h = word.indexOf('-');
    String first = h > 2 ? word.substring(0, h) : null;
    boolean role = first != null && names.isRoleWord(new Word(0, first.length(), first));
    return LanguageProfile.lower(role ? first : word);
  }

  /** The person the role words of {@code description} stand for, named before {@code offset}, or null. */
  String personBefore(String description, int offset) {
    String found = null;
    for (Word w : Word.in(description, 0, description.length())) {
      if (!names.isRoleWord(w)) continue;
      int best = -1;
      for (Entry e : entries) {
        if (e.offset() < offset && e.role().equals(stem(w.text())) && e.offset() > best) {
          best = e.offset();
          found = e.name();
        }
      }
      if (found != null) return found;
    }
    return null;
  }
}
