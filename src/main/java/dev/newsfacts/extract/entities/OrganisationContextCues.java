package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.TokenChecks.possessiveMark;
import static dev.newsfacts.extract.entities.TokenChecks.sameSentence;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Gulfline's chief executive, Daniel Okafor", "Coastal Air shares fell", "a spokesperson for Halden Insight": a
 * capitalised name no list or rule claims is a body's when the words next to it are what only a body has (shares, a
 * chief executive), who speaks for one, or what one does after ", which" ("Tarnwick, which runs 38 stores"). Long-tail firms, co-operatives and charities are named so once or twice in
 * an article and in no list.
 */
final class OrganisationContextCues {
  private static final List<List<String>> AFTER = phrases("/dev/newsfacts/entities/organisation-possessions.txt");
  private static final List<List<String>> BEFORE = phrases("/dev/newsfacts/entities/organisation-speakers.txt");
  private static final Set<String> WHICH_VERBS = WordList.set("/dev/newsfacts/entities/organisation-which-verbs.txt");

  private OrganisationContextCues() {}

  /** Whether the words around tokens {@code a} to {@code b} (exclusive) say they name a body. */
  static boolean cued(List<Token> toks, int a, int b) {
    // "Coastal Air shares": the cue speaks for the whole run, not for the part of it a list did not claim
    if (a > 0 && sameSentence(toks, a - 1, a) && toks.get(a - 1).isCapitalised()) return false;
    // "a spokesman for Sen. Ted Cruz": a title opens a person's name
    if (Titles.isTitleWord(toks.get(a).text()) || Titles.isRoleAbbreviation(toks.get(a).text())) return false;
    return possessionAfter(toks, a, b) || speakerBefore(toks, a) && endsNounPhrase(toks, a, b) || whichRuns(toks, a, b);
  }

  /**
   * "the managing director of Nairobi-based broker …": a name that modifies what follows it is not the body, and one
   * a linking word and a capitalised word go on from is only part of it.
   */
  private static boolean endsNounPhrase(List<Token> toks, int a, int b) {
    if (toks.get(b - 1).text().endsWith("-")) return false;
    if (b >= toks.size() || !sameSentence(toks, a, b)) return true;
    Token next = toks.get(b);
    // "the chief executive of Concerned Women for America": the name goes on past a linking word
    if ((next.is("for") || next.is("of") || next.is("and")) && b + 1 < toks.size() && sameSentence(toks, a, b + 1)
        && toks.get(b + 1).isCapitalised()) {
      return false;
    }
    return !next.text().startsWith("-") && (next.isCapitalised() || !next.pos().startsWith("NOUN") && !next.pos().equals("ADJ"));
  }

  /**
   * "Brinkley Civils' managing director", "Veritas chief executive Sandra Liu", "Kelani Valley Apparel shares closed":
   * a body's possession after the name, with or without a possessive; "shares" without one only before a verb, a
   * preposition or a stop ("Media shares blame" is a verb).
   */
  static boolean possessionAfter(List<Token> toks, int a, int b) {
    int k = b;
    if (k < toks.size() && sameSentence(toks, a, k) && possessiveMark(toks.get(k))) k++;
    for (List<String> phrase : AFTER) {
      if (!matches(toks, k, phrase)) continue;
      if (!phrase.get(0).equals("shares") || k > b) return true;
      int next = k + 1;
      if (next >= toks.size() || !sameSentence(toks, a, next)) return true;
      String pos = toks.get(next).pos();
      return pos.equals("VERB") || pos.equals("AUX") || pos.equals("ADP") || pos.equals("PUNCT");
    }
    return false;
  }

  /** "Tarnwick, which runs 38 stores": what a body does, after ", which" where a person takes "who". */
  static boolean whichRuns(List<Token> toks, int a, int b) {
    return b + 2 < toks.size() && sameSentence(toks, a, b + 2) && toks.get(b).is(",") && toks.get(b + 1).is("which")
        && WHICH_VERBS.contains(toks.get(b + 2).text());
  }

  /** "a spokesperson for Halden Insight", "shares of Deccan Biologicals", "the chief executive of Kestrel Mining". */
  static boolean speakerBefore(List<Token> toks, int a) {
    if (a < 2 || !sameSentence(toks, a - 2, a)) return false;
    Token prep = toks.get(a - 1);
    if (!prep.is("for") && !prep.is("of") && !prep.is("in")) return false;
    for (List<String> phrase : BEFORE) {
      if (!matches(toks, a - 1 - phrase.size(), phrase)) continue;
      // "shares in" and "shares of" a firm, "a spokesperson for" it, "the chief executive of" it
      boolean shares = phrase.get(0).equals("shares");
      return shares ? !prep.is("for") : !prep.is("in");
    }
    return false;
  }

  private static boolean matches(List<Token> toks, int k, List<String> phrase) {
    if (k < 0 || k + phrase.size() > toks.size()) return false;
    for (int i = 0; i < phrase.size(); i++) {
      Token t = toks.get(k + i);
      // "Shares of Deccan Biologicals" opening the sentence
      boolean opens = k + i == 0 || toks.get(k + i - 1).sentence() != t.sentence();
      if (t.isCapitalised() && !opens || t.sentence() != toks.get(k).sentence()
          || !t.text().toLowerCase(Locale.ROOT).equals(phrase.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<List<String>> phrases(String resource) {
    // the longest phrase first: "chief executive officer" before "chief executive"
    return WordList.set(resource).stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(l -> List.of(l.split(" "))).toList();
  }
}
