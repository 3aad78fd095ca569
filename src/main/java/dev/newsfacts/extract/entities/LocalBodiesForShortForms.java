package dev.newsfacts.extract.entities;

import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "The National Treasury had projected … the Treasury said": a one-word mention the lists read as one body ("Treasury"
 * as the US Treasury Department) stands for the body the article itself names with a longer name ending in that
 * word; news abroad shortens its own bodies so ("the Assembly", "the Registry").
 */
final class LocalBodiesForShortForms {
  private LocalBodiesForShortForms() {}

  static List<Mention> relink(List<Mention> found) {
    Map<String, String> byLastWord = new HashMap<>();
    for (Mention m : found) {
      if (m.type() != EntityType.ORGANIZATION) continue;
      int space = m.text().lastIndexOf(' ');
      if (space > 0 && m.key().equals(m.text())) byLastWord.putIfAbsent(m.text().substring(space + 1), m.key());
    }
    if (byLastWord.isEmpty()) return found;
    List<Mention> out = new ArrayList<>(found.size());
    for (Mention m : found) {
      // an acronym's key is the name it was defined by in this article ("UCU"), no list's reading
      String local = m.type() == EntityType.ORGANIZATION && m.text().indexOf(' ') < 0 && !m.key().equals(m.text())
          && !CapitalisedRuns.isAcronym(m.text()) ? byLastWord.get(m.text()) : null;
      out.add(local == null ? m : new Mention(m.start(), m.end(), m.text(), EntityType.ORGANIZATION, local, m.text()));
    }
    return out;
  }
}
