package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.Locale;
import java.util.Set;

/**
 * "Assistant District Attorney Kevin Baines", "Milwaukee County Circuit Judge Marisol Duarte": an organisation's head
 * word right before a title word may be part of the office's title ("District Attorney", "Circuit Judge"), naming an
 * area of a court or a prosecutor, not a body; "Justice Department Inspector General" keeps its body.
 */
final class HeadsInsideTitles {
  private static final Set<String> PAIRS = WordList.set("/dev/newsfacts/entities/heads-inside-titles.txt");

  private HeadsInsideTitles() {}

  /** Whether {@code head} followed by {@code title} is one office's title. */
  static boolean joins(String head, String title) {
    return PAIRS.contains(head.toLowerCase(Locale.ROOT) + " " + title.toLowerCase(Locale.ROOT));
  }
}
