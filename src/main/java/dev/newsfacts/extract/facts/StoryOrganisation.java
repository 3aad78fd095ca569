package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.model.EntityType;

/**
 * "The Harbour Rovers beat the Valley Stags 24-10 on Saturday. … A crowd of 18,250 watched, the club said.": a bare
 * "the club" with no organisation named near it stands for the organisation the story opens on, the first one it
 * names.
 */
final class StoryOrganisation {
  private StoryOrganisation() {}

  /** The first organisation named before {@code offset}, or null. */
  static LinkedMention opening(EntityIndex entities, int offset) {
    for (LinkedMention m : entities.within(0, offset)) {
      if (m.entity().type() == EntityType.ORGANIZATION) return m;
    }
    return null;
  }
}
