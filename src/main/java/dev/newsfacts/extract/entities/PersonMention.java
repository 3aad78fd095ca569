package dev.newsfacts.extract.entities;

import java.util.Comparator;

/**
 * A person's name in the text with the title words before it.
 *
 * @param titleStart where the title starts ({@code start} when there is none)
 * @param title the title words as written ("US State Department spokesman"), or ""
 */
public record PersonMention(int titleStart, int start, int end, String text, String title) {
  /** By start. A class of the jar, not a lambda: a cold start spins a class for each lambda it meets. */
  static final Comparator<PersonMention> IN_TEXT_ORDER = new Comparator<>() {
    @Override
    public int compare(PersonMention a, PersonMention b) {
      return Integer.compare(a.start(), b.start());
    }
  };
}
