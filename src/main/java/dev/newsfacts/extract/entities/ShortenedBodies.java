package dev.newsfacts.extract.entities;

import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Bank Negara Malaysia … Bank Negara has room to cut": an organisation's name that is another's without the place
 * ending it is a later, shorter mention of that one.
 */
final class ShortenedBodies {
  private ShortenedBodies() {}

  static List<Mention> relink(List<Mention> found, EntityLexicon lex) {
    Map<String, String> longer = new HashMap<>();
    for (Mention m : found) {
      if (m.type() != EntityType.ORGANIZATION) continue;
      String name = m.key();
      int space = name.lastIndexOf(' ');
      if (space <= 0 || lex.place(name.substring(space + 1)) == null) continue;
      longer.putIfAbsent(name.substring(0, space), name);
    }
    if (longer.isEmpty()) return found;
    List<Mention> out = new ArrayList<>(found.size());
    for (Mention m : found) {
      String full = m.type() == EntityType.ORGANIZATION && m.key().indexOf(' ') > 0 ? longer.get(m.key()) : null;
      out.add(full == null ? m : new Mention(m.start(), m.end(), m.text(), EntityType.ORGANIZATION, full, m.text()));
    }
    return out;
  }
}
