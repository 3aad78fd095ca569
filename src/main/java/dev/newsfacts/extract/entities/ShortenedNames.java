package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Etosha National Park … 41 of them in Etosha", "Lake Tahoe … the Tahoe basin", "Fall Creek Partners LLC … Fall
 * Creek Partners' managing partner": a place's or a body's name that is the first or the last words of one of the same
 * kind named before it is a later, shorter mention of that one. Not a name a list knows on its own ("Queensland"
 * after "North Queensland" is another place), nor one two longer names share, nor one of a head or title word alone.
 */
final class ShortenedNames {
  private ShortenedNames() {}

  static List<Mention> relink(List<Mention> found, EntityLexicon lex) {
    Map<String, Integer> firstAt = new HashMap<>();
    for (Mention m : found) {
      if (kept(m)) firstAt.merge(m.type() + "|" + m.key(), m.start(), Math::min);
    }
    Map<String, String> longer = new HashMap<>();
    Map<String, Integer> longerAt = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (Map.Entry<String, Integer> e : firstAt.entrySet()) {
      int bar = e.getKey().indexOf('|');
      String type = e.getKey().substring(0, bar);
      String[] words = e.getKey().substring(bar + 1).split(" ");
      for (int k = 1; k < words.length; k++) {
        for (String part : List.of(String.join(" ", List.of(words).subList(0, k)),
            String.join(" ", List.of(words).subList(k, words.length)))) {
          if (!shortForm(part, lex)) continue;
          String key = type + "|" + part;
          String full = e.getKey().substring(bar + 1);
          String before = longer.putIfAbsent(key, full);
          if (before != null && !before.equals(full)) shared.add(key);
          longerAt.merge(key, e.getValue(), Math::min);
        }
      }
    }
    if (longer.isEmpty()) return found;
    List<Mention> out = new ArrayList<>(found.size());
    for (Mention m : found) {
      String key = m.type() + "|" + m.key();
      String full = kept(m) && !shared.contains(key) ? longer.get(key) : null;
      boolean later = full != null && m.start() > longerAt.get(key);
      out.add(later ? new Mention(m.start(), m.end(), m.text(), m.type(), full, m.text()) : m);
    }
    return out;
  }

  private static boolean kept(Mention m) {
    return m.type() == EntityType.LOCATION || m.type() == EntityType.ORGANIZATION;
  }

  /** Whether words may shorten a longer name: some word no head or title word, and no name the lists know. */
  private static boolean shortForm(String part, EntityLexicon lex) {
    if (lex.place(part) != null || lex.isTown(part) || lex.isRegion(part) || lex.organization(part) != null
        || lex.demonym(part) != null) {
      return false;
    }
    for (String w : part.split(" ")) {
      if (w.length() >= 4 && Character.isUpperCase(w.charAt(0)) && !lex.isOrgHead(w) && !lex.isPlaceHead(w)
          && !Titles.isTitleWord(w)) {
        return true;
      }
    }
    return false;
  }
}
