package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "EU Agriculture Commissioner Christophe Hansen told lawmakers", "said Therese Chambers, the regulator's director":
 * a given name of the entity step's wider list and a capitalised surname, two proper nouns no other rule claimed,
 * name a person the person step (with its shorter list of given names) passed over. Not after "the" ("the Rose
 * Garden"), not where a list or a head word claims either word, and not in a title-case headline.
 */
final class GivenNamePairs {
  /** Capitalised words that are never a name (days, months, parties): the person step's list. */
  private static final Set<String> NOT_NAMES =
      dev.newsfacts.extract.lexicon.WordList.set("/dev/newsfacts/lexicon/en/not-names.txt");

  private GivenNamePairs() {}

  /** @param taken tokens already in a mention */
  static List<Mention> find(AnnotatedText at, GivenNames given, EntityLexicon lex, boolean[] taken) {
    List<Mention> out = new ArrayList<>();
    List<Token> toks = at.tokens();
    for (int i = 0; i + 1 < toks.size(); i++) {
      Token first = toks.get(i);
      Token second = toks.get(i + 1);
      // a cheap test first: the list lookups below run for capitalised words only
      if (!startsUpper(first) || !startsUpper(second)) continue;
      // the tagger often reads a given name it does not know as a pronoun or a determiner: the list decides
      if (taken[i] || taken[i + 1] || !given.isKnown(first.text()) || !plainName(first, lex, false)
          || !plainName(second, lex, true)) {
        continue;
      }
      if (second.sentence() != first.sentence() || second.start() - first.end() != 1) continue;
      if (i + 2 < toks.size() && toks.get(i + 2).sentence() == first.sentence() && toks.get(i + 2).isCapitalised()
          && toks.get(i + 2).start() - second.end() <= 1) {
        continue;
      }
      if (i > 0 && toks.get(i - 1).sentence() == first.sentence()) {
        Token prev = toks.get(i - 1);
        if (prev.text().equalsIgnoreCase("the")) continue;
        // a capitalised word before is part of a longer name unless it is a title ("Commissioner Christophe Hansen")
        if (prev.isCapitalised() && first.start() - prev.end() <= 1 && !Titles.isTitleWord(prev.text())) continue;
      }
      // "a stolen Kia Optima": a given name news mostly writes for a thing needs a title before it here
      if (GivenNamesForThings.opensThing(first.text()) && (i == 0 || !Titles.isTitleWord(toks.get(i - 1).text()))) continue;
      String surname = CapitalisedRuns.word(second);
      if (lex.isOrgHead(surname) || lex.isPlaceHead(surname) || lex.isDocumentWord(surname) || titleCase(toks, i)) continue;
      String name = first.text() + " " + surname;
      out.add(new Mention(first.start(), CapitalisedRuns.nameEnd(second), name, EntityType.PERSON, name));
      i++;
    }
    return out;
  }

  private static boolean startsUpper(Token t) {
    return !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
  }

  /** A word written as a name (one capital, then lower case; a proper noun if asked), which no list claims. */
  private static boolean plainName(Token t, EntityLexicon lex, boolean properNoun) {
    String w = CapitalisedRuns.word(t);
    if (properNoun && !t.pos().startsWith("PROPN") || w.length() < 2 || !Character.isUpperCase(w.charAt(0))
        || !w.substring(1).chars().allMatch(c -> Character.isLowerCase(c) || c == '-' || c == '\'')) {
      return false;
    }
    String lower = w.toLowerCase(Locale.ROOT);
    if (NOT_NAMES.contains(lower) || NOT_NAMES.contains(lower + ".") || Titles.isTitleWord(w)) return false;
    return lex.place(w) == null && lex.organization(w) == null && lex.demonym(w) == null && !lex.isTown(w);
  }

  /** More than half the words of the sentence capitalised: a headline, where a capital says nothing. */
  private static boolean titleCase(List<Token> toks, int i) {
    SentenceCase c = SentenceCase.of(toks, i);
    return c.words() >= 3 && c.mostlyCapitalised();
  }
}
