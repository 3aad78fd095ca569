package dev.newsfacts.extract.entities;

import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import java.util.List;

/**
 * The person entity a quote's speaker name stands for when no person step gave that exact name: the one person
 * whose name or alias it is, else the one whose surname it is ("O'Neill" for "Tip O'Neill"), else the one whose
 * given name it is ("Melanie"). A name two people could bear links to neither.
 */
final class SpeakerLinks {
  private SpeakerLinks() {}

  static Entity person(String speaker, List<Entity> entities) {
    Entity e = unique(entities, speaker, Part.WHOLE);
    if (e == null) e = unique(entities, speaker, Part.LAST);
    if (e == null && !speaker.contains(" ")) e = unique(entities, speaker, Part.FIRST);
    return e;
  }

  private enum Part { WHOLE, LAST, FIRST }

  private static Entity unique(List<Entity> entities, String speaker, Part part) {
    Entity found = null;
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON || !bears(e, speaker, part)) continue;
      if (found != null) return null;
      found = e;
    }
    return found;
  }

  private static boolean bears(Entity e, String speaker, Part part) {
    if (part == Part.WHOLE) return e.name().equals(speaker) || e.aliases().contains(speaker);
    String[] words = e.name().split(" ");
    if (words.length < 2) return false;
    if (part == Part.FIRST) return words[0].equals(speaker);
    String[] said = speaker.split(" ");
    // "Mr. Podesta", "Podesta", "John D. Podesta": the surname decides, a different given name rules it out
    return words[words.length - 1].equals(said[said.length - 1]) && (said.length == 1 || words[0].equals(said[0]));
  }
}
