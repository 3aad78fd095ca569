package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.text.WhiteSpace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs to the names the person step finds, measured on PolNeAR dev articles: a possessive left on the
 * name ("Trump’s", the UD tokenizer keeps it), a headline verb run into it ("Donald Trump Is Right"), a
 * middle initial that cut it ("Joseph R" of "Joseph R. Biden"), a lone given name of someone named in
 * full ("Hillary"), and single common nouns taken for surnames ("Oversight" after "House").
 */
final class PersonRepairs {
  private static final Set<String> NOT_NAME_ENDINGS = WordList.set("/dev/newsfacts/entities/not-name-endings.txt");
  private static final Pattern INITIAL_THEN_SURNAME =
      Pattern.compile("\\A\\.?[ \\u00A0](\\p{Lu}[\\p{L}-]+)");

  private PersonRepairs() {}

  static List<PersonEntry> apply(AnnotatedText at, List<PersonEntry> persons, EntityLexicon lex) {
    String text = at.text();
    List<PersonEntry> verbCutNames = new ArrayList<>();
    for (PersonEntry p : persons) {
      boolean verbCut = false;
      for (int i = 0; i < p.mentions.size(); i++) {
        PersonMention m = p.mentions.get(i);
        int end = m.end();
        String t = m.text();
        // "Trump’s": the name ends before the possessive (the words already dropped it, the offsets not)
        String covered = text.substring(m.start(), end);
        if (covered.endsWith("’s") || covered.endsWith("'s")) {
          end -= 2;
          if (t.endsWith("’s") || t.endsWith("'s")) t = t.substring(0, t.length() - 2);
        }
        // "Bernie Sanders Says He Already": a headline's verb ends the name, with whatever follows it
        String[] words = t.split(" ");
        for (int k = 2; k < words.length; k++) {
          if (NOT_NAME_ENDINGS.contains(words[k].toLowerCase(Locale.ROOT))) {
            int cut = m.start();
            for (int w = 0; w < k; w++) cut += words[w].length() + (w > 0 ? 1 : 0);
            if (text.substring(m.start(), cut).equals(String.join(" ", java.util.Arrays.copyOf(words, k)))) {
              verbCut = true;
              end = cut;
              t = text.substring(m.start(), cut);
            }
            break;
          }
        }
        // "Donald Trump Is": a headline's verb is not part of the name
        int space = t.lastIndexOf(' ');
        while (space > 0 && NOT_NAME_ENDINGS.contains(t.substring(space + 1).toLowerCase(Locale.ROOT))) {
          verbCut = true;
          end = m.start() + space;
          t = t.substring(0, space);
          space = t.lastIndexOf(' ');
        }
        // "Joseph R" + ". Biden": the initial belongs inside the name
        String last = t.substring(space + 1);
        if (last.length() == 1 && Character.isUpperCase(last.charAt(0))) {
          Matcher x = INITIAL_THEN_SURNAME.matcher(text).region(end, Math.min(text.length(), end + 40));
          if (x.lookingAt()) {
            end = x.end(1);
            t = WhiteSpace.collapse(text.substring(m.start(), end));
          }
        }
        if (end != m.end()) p.mentions.set(i, new PersonMention(m.titleStart(), m.start(), end, t, m.title()));
      }
      if (verbCut) verbCutNames.add(p);
      // a nickname repair already chose the name; otherwise the fullest repaired mention is the name
      if (!p.extraAliases.isEmpty()) continue;
      String fullest = p.mentions.get(0).text();
      for (PersonMention m : p.mentions) if (m.text().split(" ").length > fullest.split(" ").length) fullest = m.text();
      p.name = fullest;
    }
    for (PersonEntry p : persons) if (verbCutNames.contains(p)) dropCutWords(p, persons, verbCutNames, lex);
    List<PersonEntry> merged = mergeSameName(persons);
    merged = mergeGivenNames(merged);
    // a loop, not removeIf with a lambda, which a cold start would spin at run time
    for (int i = merged.size() - 1; i >= 0; i--) if (commonNoun(at, merged.get(i))) merged.remove(i);
    return merged;
  }

  /**
   * "Hillary Clinton Wins Delaware’s Primary": the person step took "Delaware" for her surname and linked every
   * later "Delaware" to her. With the headline's verb and what follows it cut off, a mention sharing no word with
   * the name is not hers: it goes to the person whose name has its words ("Trump" of "Donald Trump"), or, a listed
   * place, to the place rules.
   */
  private static void dropCutWords(PersonEntry p, List<PersonEntry> persons, List<PersonEntry> verbCutNames,
      EntityLexicon lex) {
    List<String> nameWords = List.of(p.name.split(" "));
    for (int i = p.mentions.size() - 1; i >= 0; i--) {
      PersonMention m = p.mentions.get(i);
      List<String> words = List.of(m.text().split(" "));
      if (words.stream().anyMatch(nameWords::contains)) continue;
      PersonEntry owner = persons.stream().filter(q -> q != p && q.name.contains(" ") && !verbCutNames.contains(q)
          && List.of(q.name.split(" ")).containsAll(words)).findFirst().orElse(null);
      if (owner != null) {
        owner.mentions.add(m);
        owner.mentions.sort(PersonMention.IN_TEXT_ORDER);
        p.mentions.remove(i);
      } else if (lex.place(m.text()) != null || lex.isTown(m.text())) {
        p.mentions.remove(i);
      }
    }
  }

  private static List<PersonEntry> mergeSameName(List<PersonEntry> persons) {
    Map<String, PersonEntry> byName = new LinkedHashMap<>();
    for (PersonEntry p : persons) {
      PersonEntry same = byName.get(p.name);
      if (same == null) byName.put(p.name, p);
      else same.absorb(p);
    }
    return new ArrayList<>(byName.values());
  }

  /** "Hillary" alone joins "Hillary Clinton" when she is the only person of that given name; "Trump" joins "Donald Trump". */
  private static List<PersonEntry> mergeGivenNames(List<PersonEntry> persons) {
    List<PersonEntry> out = new ArrayList<>();
    for (PersonEntry p : persons) {
      if (p.name.contains(" ")) {
        out.add(p);
        continue;
      }
      PersonEntry target = null;
      int count = 0;
      for (PersonEntry q : persons) {
        if (q == p || !q.name.contains(" ")) continue;
        String[] w = q.name.split(" ");
        if (w[0].equals(p.name) || w[w.length - 1].equals(p.name)) {
          target = q;
          count++;
        }
      }
      if (count == 1) {
        target.absorb(p);
        target.extraAliases.add(p.name);
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** A one-word "name" the tagger never calls a proper noun ("Oversight", "Session"): a common noun with a capital. */
  private static boolean commonNoun(AnnotatedText at, PersonEntry p) {
    if (p.name.contains(" ")) return false;
    for (PersonMention m : p.mentions) {
      int k = at.tokenAtOrAfter(m.start());
      if (k < at.tokens().size()) {
        Token t = at.tokens().get(k);
        if (t.pos().startsWith("PROPN")) return false;
      }
    }
    return true;
  }
}
