package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.model.EntityType;

/**
 * "Marek Novak, chairman of the Ruritanian Grain Association (RGA), said …": when the speaker the quote step found is
 * the title and its organisation ("chairman of the …"), the person named right before it, a comma between, says it.
 */
final class PersonBeforeTitle {
  private PersonBeforeTitle() {}

  /**
   * The person ending just before ", " and the speaker's words at {@code titleStart}, when those are a title with
   * its body ("chairman of the …", "Secretary General of the …") rather than the body's name alone; else null.
   */
  static LinkedMention of(String text, EntityIndex entities, int titleStart, String speakerWords, String speakerName) {
    if (titleStart < 3 || titleStart >= text.length() || speakerWords.equals(speakerName)
        || !speakerWords.contains(" of ")) return null;
    int k = titleStart;
    while (k > 0 && text.charAt(k - 1) == ' ') k--;
    if (k == 0 || text.charAt(k - 1) != ',') return null;
    LinkedMention m = entities.endingAt(k - 1);
    return m != null && m.entity().type() == EntityType.PERSON ? m : null;
  }
}
