package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.text.CharClasses;
import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * "“I would,” Melanie said", "Kevin was snoring": a given name alone, where the tagger reads a proper noun, names a
 * person the article calls by first name only. Not a sentence's capitalised first word, not part of a longer
 * capitalised name, not a word the lists or other mentions claim ("Charlotte" the city), nor in a title-case
 * headline; not after a name's particle ("Independiente del Valle") nor before "of" and a name ("Port of Rotterdam").
 */
final class LoneGivenNames {
  /** Capitalised words that are never a name (days, months and their abbreviations, parties): the person step's list. */
  private static final java.util.Set<String> NOT_NAMES =
      dev.newsfacts.extract.lexicon.WordList.set("/dev/newsfacts/lexicon/en/not-names.txt");
  private static final java.util.Set<String> OPENERS = java.util.Set.of("“", "\"", "‘", "'", "(", "—", "–", "-", ":", "[");

  private LoneGivenNames() {}

  /**
   * @param taken tokens already in a mention
   * @param listedWithPlace tokens listed next to a place ("Lyon, Lille and Montpellier"), left to the place rules
   */
  static List<Mention> find(AnnotatedText at, GivenNames given, EntityLexicon lex, boolean[] taken, boolean[] listedWithPlace) {
    List<Mention> out = new ArrayList<>();
    List<Token> toks = at.tokens();
    for (int i = 1; i < toks.size(); i++) {
      Token t = toks.get(i);
      String w = CapitalisedRuns.word(t);
      if (taken[i] || listedWithPlace[i] || !t.pos().startsWith("PROPN") || w.length() < 3 || !given.isKnown(w)) continue;
      if (!Character.isUpperCase(w.charAt(0)) || !CharClasses.allLowerCase(w, 1)) continue;
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      if (NOT_NAMES.contains(lower) || NOT_NAMES.contains(lower + ".")) continue;
      if (lex.place(w) != null || lex.organization(w) != null || lex.demonym(w) != null || lex.isTown(w)) continue;
      Token prev = toks.get(i - 1);
      // a sentence's or a quotation's first word is capitalised whatever it is
      if (prev.sentence() != t.sentence() || OPENERS.contains(prev.text())) continue;
      if (prev.isCapitalised() && t.start() - prev.end() <= 1) continue;
      // "Independiente del Valle": a given name after a name's particle ends a longer name
      if (dev.newsfacts.extract.lexicon.SurnameParticles.contains(prev.text())) continue;
      if (i + 1 < toks.size()) {
        Token next = toks.get(i + 1);
        if (next.sentence() == t.sentence() && next.isCapitalised() && next.start() - t.end() <= 1
            && Character.isLetter(next.text().charAt(0))) {
          continue;
        }
        if (next.start() == t.end() && next.text().startsWith("-")) continue;
        // "the Port of Rotterdam Authority": a word going on with "of" and a capitalised word opens a body's or place's name
        if (next.is("of") && i + 2 < toks.size() && toks.get(i + 2).sentence() == t.sentence() && toks.get(i + 2).isCapitalised()) {
          continue;
        }
      }
      // "represents Ward 3", "the 3rd Ward": a numbered division, not a first name
      if (titleCase(toks, i) || MentionFinder.regionAfter(toks, i + 1, lex) || NamesThatAreNoOnes.beforeNumber(toks, i)
          || NamesThatAreNoOnes.afterOrdinal(toks, i)) {
        continue;
      }
      out.add(new Mention(t.start(), CapitalisedRuns.nameEnd(t), w, EntityType.PERSON, w));
    }
    return out;
  }

  /** More than half the words of the sentence capitalised: a headline, where a capital says nothing. */
  private static boolean titleCase(List<Token> toks, int i) {
    SentenceCase c = SentenceCase.of(toks, i);
    return c.words() >= 3 && c.mostlyCapitalised();
  }

}
