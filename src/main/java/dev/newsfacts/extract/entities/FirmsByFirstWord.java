package dev.newsfacts.extract.entities;

import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * "Harlan Cold Chain Inc. reported … Harlan said it would spend": a firm named first in full and later by its first
 * word alone is the firm there, where the person step took the lone word for a surname. Only a "person" of one word,
 * every mention of it after the firm's first, and only a firm whose first word names no place. A place whose name
 * ends in a place's word is shortened the same way, before or after it is named in full ("levels at the Hollis
 * Reservoir … Hollis was at 52 per cent").
 */
final class FirmsByFirstWord {
  private FirmsByFirstWord() {}

  /** The organisation, of the mentions found, that the one-word person's name shortens, or null. */
  static Mention firmOf(PersonEntry p, List<Mention> found, EntityLexicon lex) {
    if (p.name.indexOf(' ') >= 0 || p.mentions.isEmpty() || p.name.length() < 3) return null;
    if (lex.place(p.name) != null || lex.isTown(p.name) || lex.demonym(p.name) != null) return null;
    int firstPerson = Integer.MAX_VALUE;
    for (PersonMention m : p.mentions) {
      // "Mr. Harlan", "CEO Harlan": a title says a person
      if (m.titleStart() < m.start() || !m.text().startsWith(p.name)) return null;
      firstPerson = Math.min(firstPerson, m.start());
    }
    Mention firm = null;
    for (Mention m : found) {
      if (!m.text().startsWith(p.name + " ")) continue;
      boolean shortened = m.type() == EntityType.ORGANIZATION && m.start() < firstPerson || kindOfPlace(m, lex);
      if (shortened && (firm == null || m.start() < firm.start())) firm = m;
    }
    return firm;
  }

  /** "Hollis Reservoir", "Navet Dam": a place whose last word says what kind of place it is. */
  private static boolean kindOfPlace(Mention m, EntityLexicon lex) {
    String t = m.text();
    return m.type() == EntityType.LOCATION && lex.isPlaceHead(t.substring(t.lastIndexOf(' ') + 1));
  }

  /**
   * The mentions with a lone given name's or surname's "person" mention of one word ("Harlan") that shortens a firm
   * named before it made a mention of that firm.
   */
  static List<Mention> relink(List<Mention> found, EntityLexicon lex) {
    List<Mention> out = null;
    for (int k = 0; k < found.size(); k++) {
      Mention m = found.get(k);
      if (m.type() != EntityType.PERSON || m.text().indexOf(' ') >= 0 || m.text().length() < 3 || lex.place(m.text()) != null) continue;
      Mention firm = null;
      for (Mention o : found) {
        if ((o.type() == EntityType.ORGANIZATION && o.start() < m.start() || kindOfPlace(o, lex)) && o.text().startsWith(m.text() + " ")
            && (firm == null || o.start() < firm.start())) {
          firm = o;
        }
      }
      if (firm == null) continue;
      if (out == null) out = new ArrayList<>(found);
      out.set(k, new Mention(m.start(), m.end(), m.text(), firm.type(), firm.key(), m.text()));
    }
    return out == null ? found : out;
  }

  /** The mentions of the person as mentions of the firm (or the place). */
  static List<Mention> asFirm(PersonEntry p, Mention firm) {
    List<Mention> out = new ArrayList<>(p.mentions.size());
    for (PersonMention m : p.mentions) {
      out.add(new Mention(m.start(), m.end(), m.text(), firm.type(), firm.key(), m.text()));
    }
    return out;
  }
}
