package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.model.Attribution;
import dev.newsfacts.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The person behind a source the text gives as a pronoun or a title: "The Registrar of JAMB, Prof. Ibrahim Danjuma,
 * disclosed this … He said 1,955,069 candidates registered", "According to him, 1,437,120 candidates …", "The
 * registrar … noted that candidates paid ₦7,200". A pronoun stands for the person the text named last before it; "the
 * registrar" for the person named right after the title written out before.
 */
final class UnnamedSpeakers {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");
  /** How far after a title the person it names may start ("Registrar of JAMB, Prof. "). */
  private static final int TITLE_TO_NAME = 60;

  private UnnamedSpeakers() {}

  /**
   * The person a speaker described as {@code description} (a pronoun, "the registrar") at {@code mentionStart} stands
   * for, looking back to {@code windowStart}; null when the description is neither or no person fits.
   */
  static Attribution resolve(String text, EntityIndex entities, int windowStart, int mentionStart, String description) {
    if (description == null || mentionStart <= windowStart) return null;
    String d = description.strip().toLowerCase(Locale.ROOT);
    if (PRONOUNS.contains(d)) return lastPerson(entities.within(windowStart, mentionStart));
    if (!d.startsWith("the ")) return null;
    String title = firstWord(d.substring(4));
    String rest = d.substring(4 + title.length());
    // "the registrar", "the registrar, who said …"; not "the service's figures", nor an organisation ("the board")
    if (title.length() < 4 || !rest.isEmpty() && !rest.startsWith(",") || OwnerReference.isOrganisationNoun(title)) {
      return null;
    }
    // the title written out before, with the person it names right after it
    String lower = text.substring(0, mentionStart).toLowerCase(Locale.ROOT);
    for (int at = lower.lastIndexOf(title); at >= 0; at = lower.lastIndexOf(title, at - 1)) {
      for (LinkedMention m : entities.within(at + title.length(), Math.min(mentionStart, at + title.length() + TITLE_TO_NAME))) {
        if (m.entity().type() == EntityType.PERSON) return new Attribution(m.entity().name(), m.entity().id());
      }
      if (at == 0) break;
    }
    return null;
  }

  /** Whether a word is a personal pronoun that can stand for a source ("him" of "according to him"). */
  static boolean isPronoun(String word) {
    return PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The person mentioned last in {@code mentions}, or null. */
  static Attribution lastPerson(List<LinkedMention> mentions) {
    for (int i = mentions.size() - 1; i >= 0; i--) {
      LinkedMention m = mentions.get(i);
      if (m.entity().type() == EntityType.PERSON) return new Attribution(m.entity().name(), m.entity().id());
    }
    return null;
  }

  private static String firstWord(String s) {
    int k = 0;
    while (k < s.length() && Character.isLetter(s.charAt(k))) k++;
    return s.substring(0, k);
  }
}
