package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.model.EntityType;
import java.util.regex.Pattern;

/**
 * "The Statistics Bureau has published police data with a caveat since 2019. It said about 6 per cent of incidents
 * …": "It" opening a sentence with a reporting verb stands for the organisation the sentence before opens with, not
 * for the last one that sentence names ("police data" of another body).
 */
final class ItSaidOpening {
  private static final Pattern IT_SAID = Pattern.compile(
      "\\AIt[ \\u00A0]+(?:also[ \\u00A0]+)?(?:said|says|added|estimated|estimates|reported|found|expects|expected)\\b");
  /** How far into the sentence before its opening organisation may start ("The ", "Ireland's "). */
  private static final int OPENING = 25;

  private ItSaidOpening() {}

  /** The organisation "It" stands for when the sentence at {@code from} opens "It said"; else null. */
  static LinkedMention of(String text, int from, int to, int previousStart, EntityIndex entities) {
    if (previousStart >= from || !IT_SAID.matcher(text).region(from, to).lookingAt()) return null;
    for (LinkedMention m : entities.within(previousStart, from)) {
      if (m.start() >= previousStart + OPENING) return null;
      if (m.entity().type() == EntityType.ORGANIZATION) return m;
    }
    return null;
  }
}
