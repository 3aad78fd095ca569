package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.model.Speaker;
import dev.newsfacts.model.TextSpan;
import java.util.List;
import java.util.Set;

/**
 * A run of two words or more opening with a word the given-name lists hold but news mostly writes for a thing ("Kia
 * Optima", "Palm Jumeirah", "Philippine Atmospheric"): no one unless the article treats it as a person, with a title,
 * a mention by another part of the name ("Kia Smith ... Smith said") or a quote it speaks.
 */
final class GivenNamesForThings {
  private static final Set<String> OPENERS =
      Set.copyOf(WordList.linesAsWritten("/dev/newsfacts/entities/given-names-for-things.txt"));

  private GivenNamesForThings() {}

  /** @param speakers the names of the article's quote speakers */
  static boolean noOne(PersonEntry e, Set<String> speakers) {
    List<String> words = e.source.nameWords();
    if (words.size() < 2 || !OPENERS.contains(words.get(0))) return false;
    if (speakers.contains(e.name)) return false;
    for (PersonMention m : e.mentions) {
      if (!m.title().isEmpty() || !m.text().equals(e.name)) return false;
    }
    return true;
  }

  /** Whether the speaker's words open with "the" ("the Philippine Atmospheric"). */
  static boolean withArticle(Speaker s) {
    TextSpan m = s.mention();
    return m != null && m.text().regionMatches(true, 0, "the ", 0, 4);
  }

  /** Whether a speaker is a thing's name written with "the" ("according to the Philippine Atmospheric"). */
  static boolean thingSpeaking(Speaker s) {
    int space = s.name().indexOf(' ');
    return space > 0 && OPENERS.contains(s.name().substring(0, space)) && withArticle(s);
  }

  /** Whether {@code word} is one of the given names news mostly writes for a thing. */
  static boolean opensThing(String word) {
    return OPENERS.contains(word);
  }
}
