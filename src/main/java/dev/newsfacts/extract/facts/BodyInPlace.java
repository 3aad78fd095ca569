package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.model.EntityType;

/**
 * "The Joint Rescue Coordination Centre in Halifax said …", "the embassy's office at Kyiv said": a place named
 * right after an organisation, with "in" or "at" between, says where the organisation is; the organisation speaks.
 */
final class BodyInPlace {
  private BodyInPlace() {}

  /** The organisation named right before " in " or " at " and the place starting at {@code placeStart}, or null. */
  static LinkedMention before(String text, EntityIndex entities, int placeStart) {
    if (placeStart < 5) return null;
    String joint = text.substring(placeStart - 4, placeStart);
    if (!joint.equals(" in ") && !joint.equals(" at ")) return null;
    LinkedMention body = entities.endingAt(placeStart - 4);
    return body != null && body.entity().type() == EntityType.ORGANIZATION ? body : null;
  }

  /**
   * Where the place a speaker's mention names starts: the mention may be the place alone ("Halifax") or the
   * subject with its place ("Rescue Centre in Halifax"); -1 when it ends in no place.
   */
  static int placeStart(EntityIndex entities, int mentionStart, int mentionEnd) {
    LinkedMention m = entities.startingAt(mentionStart);
    if (m != null && m.entity().type() == EntityType.LOCATION) return m.start();
    LinkedMention last = entities.endingAt(mentionEnd);
    return last != null && last.start() > mentionStart && last.entity().type() == EntityType.LOCATION ? last.start() : -1;
  }
}
