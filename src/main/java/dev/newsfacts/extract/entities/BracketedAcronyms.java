package dev.newsfacts.extract.entities;

import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Bank Negara Malaysia (BNM)": an acronym in brackets right after an organisation's name, whose letters are the
 * initials of that name, stands for it wherever the article uses it, whichever rule found the name; so does a short
 * name in brackets ("Water Services Regulation Authority (Ofwat)"), whose letters need not be the initials.
 */
final class BracketedAcronyms {
  private BracketedAcronyms() {}

  /** The mentions with every use of such an acronym keyed to the organisation it stands for. */
  static List<Mention> relink(String text, List<Mention> found) {
    Map<String, Mention> defined = new HashMap<>();
    for (Mention m : found) {
      if (m.type() != EntityType.ORGANIZATION || !m.key().equals(m.text())) continue;
      boolean acronym = CapitalisedRuns.isAcronym(m.text());
      if (!acronym && !shortName(m.text())) continue;
      Mention name = nameBefore(text, m, found);
      // "Water Services Regulation Authority (Ofwat)", "Federal Statistical Office (Destatis)": a short name in
      // brackets, no initials, stands for the body whatever its letters
      if (name != null && (!acronym || initials(name.text()).equals(m.text().replace(".", "")))) defined.putIfAbsent(m.key(), name);
    }
    if (defined.isEmpty()) return found;
    List<Mention> out = new ArrayList<>(found.size());
    for (Mention m : found) {
      Mention name = m.type() == EntityType.ORGANIZATION ? defined.get(m.key()) : null;
      out.add(name == null ? m : new Mention(m.start(), m.end(), m.text(), EntityType.ORGANIZATION, name.key(), m.text()));
    }
    return out;
  }

  /** "Ofwat", "Cochilco": one capitalised word of letters, short, with lower-case letters after the first. */
  static boolean shortName(String w) {
    if (w.length() < 3 || w.length() > 10 || !Character.isUpperCase(w.charAt(0))) return false;
    for (int i = 1; i < w.length(); i++) if (!Character.isLowerCase(w.charAt(i))) return false;
    return true;
  }

  /** The organisation mention that ends right before "(" and the acronym, or null. */
  private static Mention nameBefore(String text, Mention acronym, List<Mention> found) {
    int open = acronym.start() - 1;
    if (open < 2 || text.charAt(open) != '(' || acronym.end() >= text.length() || text.charAt(acronym.end()) != ')') {
      return null;
    }
    int end = open;
    while (end > 0 && text.charAt(end - 1) == ' ') end--;
    for (Mention m : found) {
      if (m.end() == end && m.type() == EntityType.ORGANIZATION && !m.key().equals(acronym.key())) return m;
    }
    return null;
  }

  /** The capitals opening the name's words ("BNM" of "Bank Negara Malaysia", "DOSM" of "Department of Statistics Malaysia"). */
  static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split(" ")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) sb.append(w.charAt(0));
    return sb.toString();
  }
}
