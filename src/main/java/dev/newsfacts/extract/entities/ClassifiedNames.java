package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.text.CharClasses;
import java.util.List;
import java.util.Set;

/**
 * "the neighborhood group Livable Seattle", "the think tank Bruegel", "chipmaker Nvidia": a capitalised name
 * no list knows, right after a common noun that says what kind of body it is (org-classifiers.txt), is an
 * organisation's name. Days, months and names that open with a person's given name are left to other rules.
 */
final class ClassifiedNames {
  private static final Set<String> TIME_WORDS =
      Set.copyOf(WordList.linesAsWritten("/dev/newsfacts/lexicon/en/calendar-names.txt"));

  private ClassifiedNames() {}

  /** Whether the run {@code [a, b)} follows an organisation classifier in the same sentence. */
  static boolean namesOrganisation(List<Token> toks, int a, int b, EntityLexicon lex) {
    if (a == 0 || b - a > 5) return false;
    Token before = toks.get(a - 1);
    if (before.sentence() != toks.get(a).sentence() || !lex.isOrgClassifier(before.text())) return false;
    for (int i = a; i < b; i++) if (TIME_WORDS.contains(toks.get(i).text())) return false;
    // "the company Tuesday said", "the group in Seattle": only a whole name counts, not a single place
    return !(b - a == 1 && (lex.place(toks.get(a).text()) != null || lex.isCountry(toks.get(a).text())));
  }

  /**
   * "the housing association Westmoor Homes", "campaign group Fair Fares Halifax": a "person" the person step found,
   * named first right after an organisation classifier, is that organisation. A name opening with a given name
   * ("the developer Jane Doe") stays a person unless the noun names a body of people and the name is never shortened.
   */
  static boolean classifiedPerson(AnnotatedText at, PersonEntry p, EntityLexicon lex) {
    if (p.mentions.isEmpty()) return false;
    PersonMention first = p.mentions.get(0);
    if (first.titleStart() != first.start()) return false;
    int i = at.tokenAtOrAfter(first.start());
    List<Token> toks = at.tokens();
    // "Kubota, the Japanese maker of tractors": a noun after a one-word first mention says so as one before it does
    if (p.source.gender() == 0 && i < toks.size() && first.text().indexOf(' ') < 0 && toks.get(i).end() == first.end()
        && (ClassifierAppositions.namesOrganisation(toks, i, i + 1, lex) || ClassifierAppositions.oneOfBodies(toks, i, i + 1, lex))) {
      return true;
    }
    if (i == 0 || i >= toks.size() || toks.get(i - 1).sentence() != toks.get(i).sentence()
        || TIME_WORDS.contains(toks.get(i).text())) {
      return false;
    }
    String noun = toks.get(i - 1).text();
    if (!lex.isOrgClassifier(noun)) return false;
    if (p.source.gender() == 0) return true;
    // a given name first: only after a body of people, and only a name the article never shortens as a surname
    return lex.isBodyClassifier(noun) && p.mentions.stream().allMatch(m -> m.text().equals(p.name));
  }

  /**
   * "Chipmaker Veritas Semiconductor Inc. will build", "OHIO - Chipmaker …": a classifier opening a sentence (or
   * following a dateline's dash) is capitalised and joins the run; whether the run's first token is such a word,
   * with a name after it.
   */
  static boolean opensWithClassifier(List<Token> toks, int a, int b, EntityLexicon lex) {
    if (b - a < 2 || a > 0 && toks.get(a - 1).sentence() == toks.get(a).sentence() && !CapitalisedRuns.isOpeningMark(toks.get(a - 1))) {
      return false;
    }
    String w = toks.get(a).text();
    return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && CharClasses.allLowerCase(w, 1)
        && lex.isOrgClassifier(w.toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether token {@code b} is "of", "for" or "on" with the run starting at {@code next} right after it, in one sentence. */
  static boolean connectorBetween(List<Token> toks, int b, int next) {
    if (next != b + 1 || b >= toks.size() || toks.get(b).sentence() != toks.get(next).sentence()) return false;
    return toks.get(b).is("of") || toks.get(b).is("for") || toks.get(b).is("on");
  }

  /**
   * "an analyst at Morningstar", "a professor at the Halden Institute": a capitalised name no list knows, after a
   * role word and "at", is the employer's. Places ("a teacher at Dayton", "a guard at Guantanamo Bay") are left to
   * the other rules.
   */
  static boolean employerAfterRole(List<Token> toks, int a, int b, EntityLexicon lex, String whole) {
    int at = a - 1;
    if (at > 0 && toks.get(at).is("the")) at--;
    if (at < 1 || b - a > 4 || !toks.get(at).is("at") || toks.get(at - 1).sentence() != toks.get(a).sentence()) return false;
    String role = toks.get(at - 1).text();
    if (role.isEmpty() || !Character.isLowerCase(role.charAt(0)) || !dev.newsfacts.extract.lexicon.Titles.isTitleWord(role)) {
      return false;
    }
    for (int i = a; i < b; i++) if (TIME_WORDS.contains(toks.get(i).text())) return false;
    return lex.place(whole) == null && !lex.isTown(whole) && lex.demonym(whole) == null && !lex.isCountry(whole)
        && !lex.isPlaceHead(CapitalisedRuns.word(toks.get(b - 1)));
  }
}
