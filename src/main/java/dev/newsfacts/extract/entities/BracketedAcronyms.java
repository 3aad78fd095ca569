package dev.newsfacts.extract.entities;

import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Bank Negara Malaysia (BNM)": an acronym in brackets right after an organisation's name, whose letters are the
 * initials of that name, stands for it wherever the article uses it, whichever rule found the name; so does a short
 * name in brackets ("Water Services Regulation Authority (Ofwat)"), whose letters need not be the initials, and the
 * body's name in its own language ("National Civil Registry (Registraduría Nacional del Estado Civil)").
 */
final class BracketedAcronyms {
  private BracketedAcronyms() {}

  /** The mentions with every use of such an acronym keyed to the organisation it stands for. */
  static List<Mention> relink(String text, List<Mention> found) {
    Map<String, Mention> defined = new HashMap<>();
    Map<Mention, Mention> widened = new HashMap<>();
    for (Mention m : found) {
      if (m.type() != EntityType.ORGANIZATION) continue;
      boolean acronym = CapitalisedRuns.isAcronym(m.text());
      // "The National Civil Registry (Registraduría Nacional del Estado Civil)": the name in its own language
      boolean translated = !acronym && m.text().indexOf(' ') > 0;
      if (!acronym && !translated && !shortName(m.text())) continue;
      Mention name = nameBefore(text, m, found);
      if (name == null) continue;
      if (translated) {
        defined.putIfAbsent(m.key(), name);
        continue;
      }
      String letters = m.text().replace(".", "");
      // "The University and College Union (UCU)": the run stopped at the "and" the acronym's letters reach across
      int start = acronym && name.key().equals(name.text()) ? AcronymSpelledNames.start(text, name, letters) : -1;
      if (start >= 0) {
        Mention whole = new Mention(start, name.end(), text.substring(start, name.end()), EntityType.ORGANIZATION,
            text.substring(start, name.end()));
        widened.put(name, whole);
        name = whole;
      } else if (!m.key().equals(m.text())) {
        continue;
      }
      // "Water Services Regulation Authority (Ofwat)", "Federal Statistical Office (Destatis)": a short name in
      // brackets, no initials, stands for the body whatever its letters
      if (!acronym || initials(name.text()).equals(letters)) defined.putIfAbsent(m.key(), name);
    }
    if (defined.isEmpty()) return found;
    Map<String, String> renamed = new HashMap<>();
    for (Map.Entry<Mention, Mention> w : widened.entrySet()) {
      if (w.getKey().key().equals(w.getKey().text())) renamed.put(w.getKey().key(), w.getValue().key());
    }
    List<Mention> out = new ArrayList<>(found.size());
    for (Mention m : found) {
      Mention whole = widened.get(m);
      if (whole != null) {
        out.add(whole);
        continue;
      }
      if (swallowed(m, widened)) continue;
      Mention name = m.type() == EntityType.ORGANIZATION ? defined.get(m.key()) : null;
      String key = m.type() == EntityType.ORGANIZATION ? renamed.get(m.key()) : null;
      if (name != null) out.add(new Mention(m.start(), m.end(), m.text(), EntityType.ORGANIZATION, name.key(), m.text()));
      else if (key != null) out.add(new Mention(m.start(), m.end(), m.text(), EntityType.ORGANIZATION, key, m.alias()));
      else out.add(m);
    }
    return out;
  }

  /** Whether the mention lies in the words a widened name took in before its old start ("Swedish" of the institute). */
  private static boolean swallowed(Mention m, Map<Mention, Mention> widened) {
    for (Map.Entry<Mention, Mention> w : widened.entrySet()) {
      if (m.start() >= w.getValue().start() && m.end() <= w.getKey().start()) return true;
    }
    return false;
  }

  /**
   * "Ofwat", "Cochilco", "ZamStats", "OfS": one capitalised word of letters, short, with a lower-case letter after the
   * first (all capitals is an acronym, whose letters must spell the name).
   */
  static boolean shortName(String w) {
    if (w.length() < 3 || w.length() > 10 || !Character.isUpperCase(w.charAt(0))) return false;
    boolean lower = false;
    for (int i = 1; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c)) return false;
      lower |= Character.isLowerCase(c);
    }
    return lower;
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
      if (m.end() == end && m.type() == EntityType.ORGANIZATION && m.start() != acronym.start()) return m;
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
