package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "customers in Penal, Siparia, Princes Town and Couva, who will receive": a "person" the person step read from a
 * name no list knows (a "who" after it, two capitalised words), that every time it is written is listed by a comma,
 * "and" or "or" next to a place, is a place. Only names with no given name and no title that never speak; one listed
 * next to such a name that has just become a place counts too, and so does a lone "person" mention such as a name
 * listed beside that one.
 */
final class PeopleListedWithPlaces {
  private PeopleListedWithPlaces() {}

  /** The person entries and the person mentions that are places. */
  record Places(List<PersonEntry> people, List<Mention> mentions) {
    boolean isEmpty() {
      return people.isEmpty() && mentions.isEmpty();
    }
  }

  /**
   * The persons of {@code persons} and the person mentions of {@code found} ("Princes Town" beside "Couva, who") that
   * are such places, given the place mentions of {@code found}.
   */
  static Places find(AnnotatedText at, List<PersonEntry> persons, List<Mention> found, Set<String> speakers) {
    List<Token> toks = at.tokens();
    int n = toks.size();
    boolean[] placeStart = new boolean[n + 1];
    boolean[] placeEnd = new boolean[n + 1];
    for (Mention m : found) if (m.type() == EntityType.LOCATION) mark(at, m.start(), m.end(), placeStart, placeEnd);
    Places out = new Places(new ArrayList<>(), new ArrayList<>());
    boolean more = true;
    while (more) {
      more = false;
      for (PersonEntry p : persons) {
        if (out.people().contains(p) || !candidate(p, speakers) || !listed(at, p.mentions, placeStart, placeEnd)) continue;
        out.people().add(p);
        for (PersonMention m : p.mentions) mark(at, m.start(), m.end(), placeStart, placeEnd);
        more = true;
      }
      for (Mention m : found) {
        if (m.type() != EntityType.PERSON || out.mentions().contains(m) || speakers.contains(m.text())) continue;
        if (!listed(at, List.of(new PersonMention(m.start(), m.start(), m.end(), m.text(), "")), placeStart, placeEnd)) continue;
        out.mentions().add(m);
        mark(at, m.start(), m.end(), placeStart, placeEnd);
        more = true;
      }
    }
    return out;
  }

  private static boolean candidate(PersonEntry p, Set<String> speakers) {
    if (p.source.gender() != 0 || speakers.contains(p.name) || p.mentions.isEmpty()) return false;
    for (PersonMention m : p.mentions) if (m.titleStart() != m.start() || !m.text().equals(p.name)) return false;
    return true;
  }

  /** Whether every one of {@code mentions} has a joiner and a place's edge right before or right after it. */
  private static boolean listed(AnnotatedText at, List<PersonMention> mentions, boolean[] placeStart, boolean[] placeEnd) {
    List<Token> toks = at.tokens();
    for (PersonMention m : mentions) {
      int a = at.tokenAtOrAfter(m.start());
      int b = a;
      while (b < toks.size() && toks.get(b).start() < m.end()) b++;
      boolean before = a >= 2 && joiner(toks.get(a - 1)) && placeEnd[a - 2] && same(toks, a - 2, a);
      boolean after = b + 1 < toks.size() && joiner(toks.get(b)) && placeStart[b + 1] && same(toks, a, b + 1);
      if (!before && !after) return false;
    }
    return true;
  }

  private static void mark(AnnotatedText at, int start, int end, boolean[] placeStart, boolean[] placeEnd) {
    List<Token> toks = at.tokens();
    int a = at.tokenAtOrAfter(start);
    int b = a;
    while (b < toks.size() && toks.get(b).start() < end) b++;
    if (a < toks.size()) placeStart[a] = true;
    if (b > 0) placeEnd[b - 1] = true;
  }

  private static boolean joiner(Token t) {
    return t.is(",") || t.is("and") || t.is("or");
  }

  private static boolean same(List<Token> toks, int a, int b) {
    return toks.get(a).sentence() == toks.get(b).sentence();
  }
}
