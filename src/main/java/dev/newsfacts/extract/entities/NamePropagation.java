package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Later mentions of a person the article has already named: "Clinton’s campaign", "Trump took to
 * Twitter" after "Donald Trump". The person step reads each capitalised run on its own and misses
 * many of these (a possessive, a tag it does not expect); here every surname or one-word name of a
 * known person is looked for again. A word two people share, or that names a listed place or
 * organisation, is left alone, as is a word inside a longer capitalised name ("Trump Tower").
 */
final class NamePropagation {
  private NamePropagation() {}

  static void apply(AnnotatedText at, List<PersonEntry> persons, EntityLexicon lex, int skipStart, int skipEnd) {
    dropNested(persons);
    List<Token> toks = at.tokens();
    Map<String, PersonEntry> byWord = new HashMap<>();
    Map<String, PersonEntry> byFullName = new HashMap<>();
    for (PersonEntry p : persons) {
      Set<String> words = new HashSet<>();
      String[] name = p.name.split(" ");
      if (name.length > 1) byFullName.putIfAbsent(p.name, p);
      // "Suu Kyi" of "Aung San Suu Kyi", "Lopez Obrador" of "Andres Manuel Lopez Obrador": a two-word surname
      if (name.length > 2 && !name[name.length - 2].endsWith(".")) {
        byFullName.putIfAbsent(name[name.length - 2] + " " + name[name.length - 1], p);
      }
      words.add(name[name.length - 1]);
      for (String a : p.extraAliases) if (!a.contains(" ")) words.add(a);
      for (String w : words) {
        w = OtherApostrophe.straight(w);
        if (w.length() < 2 || lex.place(w) != null || lex.organization(w) != null || lex.demonym(w) != null) continue;
        // a surname two people share ("Clinton") goes to the one the article names most often
        PersonEntry other = byWord.get(w);
        if (other == null || p.mentions.size() > other.mentions.size()) byWord.put(w, p);
      }
    }
    Map<String, PersonEntry> byGivenName = givenNames(persons, byWord, lex);
    if (byWord.isEmpty() && byGivenName.isEmpty()) return;
    // the first characters of the full names: a token starting with none of them opens none, and is not cut
    // into two- and three-word strings to look up
    StringBuilder firsts = new StringBuilder();
    for (String name : byFullName.keySet()) firsts.append(name.charAt(0));
    String fullNameFirsts = firsts.toString();
    boolean[] covered = new boolean[toks.size()];
    for (PersonEntry p : persons) {
      for (PersonMention m : p.mentions) {
        for (int i = at.tokenAtOrAfter(m.start()); i < toks.size() && toks.get(i).start() < m.end(); i++) covered[i] = true;
      }
    }
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      if (covered[i] || t.start() < skipEnd && t.end() > skipStart) continue;
      String w = t.text();
      int end = CapitalisedRuns.nameEnd(t);
      if (end == t.end() && (w.endsWith("’") || w.endsWith("'"))) end--;  // "Sanders’"
      int full = fullNameFirsts.indexOf(at.text().charAt(t.start())) < 0 ? i
          : fullName(at, toks, i, covered, byFullName);
      if (full > i) {
        // "Donald Trump’s": the whole name the person step missed, possessive and all
        Token last = toks.get(full - 1);
        int fullEnd = CapitalisedRuns.nameEnd(last);
        String name = at.text().substring(t.start(), fullEnd);
        byFullName.get(name).mentions.add(new PersonMention(t.start(), t.start(), fullEnd, name, ""));
        for (int k = i; k < full; k++) covered[k] = true;
        i = full - 1;
        continue;
      }
      String word = at.text().substring(t.start(), end);
      PersonEntry p = byWord.get(OtherApostrophe.straight(word));
      // "Hillary was back on the trail" after "Hillary Clinton": a lone given name, where the tagger reads a name
      if (p == null && t.pos().startsWith("PROPN")) p = byGivenName.get(word);
      if (p == null || joinedToName(toks, i, at.text())) continue;
      // "African-Americans": the first part of a hyphenated word names no one
      if (end < at.text().length() && at.text().charAt(end) == '-') continue;
      p.mentions.add(new PersonMention(t.start(), t.start(), end, word, ""));
    }
    for (PersonEntry p : persons) p.mentions.sort(PersonMention.IN_TEXT_ORDER);
  }

  /**
   * The first word of each person's full name ("Hillary" of "Hillary Clinton"), when no other person of the
   * article has that word in their name and it is no initial, surname, place or organisation.
   */
  private static Map<String, PersonEntry> givenNames(List<PersonEntry> persons, Map<String, PersonEntry> bySurname,
      EntityLexicon lex) {
    Map<String, PersonEntry> out = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (PersonEntry p : persons) {
      String[] name = p.name.split(" ");
      for (int k = 1; k < name.length; k++) shared.add(name[k]);
      if (name.length < 2) continue;
      String first = name[0];
      if (first.length() < 3 || first.contains(".") || !Character.isUpperCase(first.charAt(0))
          || !Character.isLowerCase(first.charAt(first.length() - 1)) || bySurname.containsKey(first)
          || lex.place(first) != null || lex.organization(first) != null || lex.demonym(first) != null) {
        continue;
      }
      if (out.containsKey(first) && out.get(first) != p) shared.add(first);
      out.put(first, p);
    }
    out.keySet().removeAll(shared);
    return out;
  }

  /**
   * A mention inside another person's longer mention is part of that name: the nickname of
   * Joaquin "El Chapo" Guzman, or "Guzman" there taken for another Guzman. A person left without
   * mentions is dropped.
   */
  private static void dropNested(List<PersonEntry> persons) {
    // predicates as classes of the jar, not lambdas: a cold start spins a class for each lambda it meets
    for (PersonEntry p : persons) {
      p.mentions.removeIf(new Predicate<PersonMention>() {
        @Override
        public boolean test(PersonMention m) {
          for (PersonEntry q : persons) {
            for (PersonMention o : q.mentions) {
              if (o != m && o.start() <= m.start() && m.end() <= o.end() && o.end() - o.start() > m.end() - m.start()) {
                return true;
              }
            }
          }
          return false;
        }
      });
    }
    persons.removeIf(new Predicate<PersonEntry>() {
      @Override
      public boolean test(PersonEntry p) {
        return p.mentions.isEmpty();
      }
    });
  }

  /** End of a known full name of two or three words starting at token {@code i}, or {@code i}. */
  private static int fullName(AnnotatedText at, List<Token> toks, int i, boolean[] covered,
      Map<String, PersonEntry> byFullName) {
    for (int k = Math.min(toks.size(), i + 3); k >= i + 2; k--) {
      boolean free = true;
      for (int j = i; j < k; j++) free &= !covered[j] && toks.get(j).sentence() == toks.get(i).sentence();
      if (!free) continue;
      String s = at.text().substring(toks.get(i).start(), CapitalisedRuns.nameEnd(toks.get(k - 1)));
      if (byFullName.containsKey(s) && (k == toks.size() || !toks.get(k).isCapitalised())) return k;
    }
    return i;
  }

  /** A capitalised word right before (other than a title, or opening the sentence) or after: part of another name. */
  private static boolean joinedToName(List<Token> toks, int i, String text) {
    Token t = toks.get(i);
    if (i + 1 < toks.size()) {
      Token n = toks.get(i + 1);
      if (n.sentence() == t.sentence() && n.start() - t.end() <= 1 && n.isCapitalised()
          && Character.isLetter(n.text().charAt(0)) && !CapitalisedRuns.possessive(t)) return true;
    }
    if (i > 0) {
      Token b = toks.get(i - 1);
      if (b.sentence() == t.sentence() && t.start() - b.end() <= 1 && b.isCapitalised()
          && Character.isLetter(b.text().charAt(0)) && !Titles.isTitleWord(b.text().replace(".", ""))
          && !Titles.isTitleWord(b.text()) && !CapitalisedRuns.possessive(b)) return true;
    }
    return false;
  }
}
