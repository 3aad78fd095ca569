package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Ghana Consumers' Rights Coalition", "the Coldwater Fishermen's Association", "National Women's Council": a plural
 * noun's possessive inside a run that ends in an organisation's head word is part of the name, where a singular
 * owner's ("Mexico's Foreign Ministry") ends the name before it.
 */
final class PluralPossessiveNames {
  private static final Set<String> IRREGULAR_PLURALS = WordList.set("/dev/newsfacts/entities/irregular-plurals.txt");
  /** Words after the possessive read, at most: the head must come soon. */
  private static final int MAX_AFTER = 4;

  private PluralPossessiveNames() {}

  /**
   * Whether the name's last word is a plural of people written without -s ("Fishermen", "Women"): "Bristol Bay Drift
   * Fishermen" is a group (and the start of its body's name), no one's name.
   */
  static boolean endsInPeoplesPlural(List<String> nameWords) {
    return !nameWords.isEmpty() && IRREGULAR_PLURALS.contains(nameWords.get(nameWords.size() - 1).toLowerCase(Locale.ROOT));
  }

  /** Whether the run goes on past the possessive glued to the word at {@code j - 1} ("Fishermen's") to a head word. */
  static boolean joins(List<Token> toks, int from, int j, boolean[] blocked, EntityLexicon lex) {
    Token owner = toks.get(j - 1);
    return pluralPossessive(owner.text(), CapitalisedRuns.word(owner))
        && (headFollows(toks, from, j - 1, j, blocked, lex) || portfolioOfHead(toks, from, j - 1, j, blocked, lex));
  }

  /** Whether the apostrophe at {@code j}, split off a plural ("Tenants" "'"), carries the run on to a head word. */
  static boolean apostropheJoins(List<Token> toks, int from, int j, boolean[] blocked, EntityLexicon lex) {
    if (j < 1 || j + 1 >= toks.size() || !(toks.get(j).is("'") || toks.get(j).is("’"))) return false;
    Token owner = toks.get(j - 1);
    String w = owner.text();
    return toks.get(j).start() == owner.end() && CapitalisedRuns.namePart(toks, j - 1, blocked) && !CapitalisedRuns.possessive(owner)
        && w.length() >= 3 && w.endsWith("s") && !w.endsWith("ss")
        && (headFollows(toks, from, j - 1, j + 1, blocked, lex) || portfolioOfHead(toks, from, j - 1, j + 1, blocked, lex));
  }

  /**
   * "Ministry of Agriculture and Farmers' Welfare", "Department of Labor and Workers' Compensation": after "of" or
   * "and" in a run a head word opens, a plural's possessive and one or two name words that end the run are the last of
   * the body's portfolio.
   */
  private static boolean portfolioOfHead(List<Token> toks, int from, int ownerAt, int j, boolean[] blocked, EntityLexicon lex) {
    if (ownerAt - 1 <= from || !(toks.get(ownerAt - 1).is("and") || toks.get(ownerAt - 1).is("of"))) return false;
    boolean headed = false;
    for (int k = from; k < ownerAt - 1; k++) {
      String w = CapitalisedRuns.word(toks.get(k));
      if (lex.isOrgHead(w) && !lex.isWeakOrgHead(w)) headed = true;
    }
    Token owner = toks.get(ownerAt);
    String stem = CapitalisedRuns.word(owner);
    if (!headed || lex.place(stem) != null || lex.organization(stem) != null || lex.demonym(stem) != null) return false;
    int k = j;
    while (k < toks.size() && k - j < 2 && toks.get(k).sentence() == owner.sentence()
        && toks.get(k).start() - toks.get(k - 1).end() <= 1 && CapitalisedRuns.namePart(toks, k, blocked)
        && !CapitalisedRuns.possessive(toks.get(k))) {
      // "the Court of Appeals' Board on ...": a head word after the possessive opens another body's name
      if (lex.isOrgHead(CapitalisedRuns.word(toks.get(k)))) return false;
      k++;
    }
    if (k == j) return false;
    // the words after the possessive end the run: "Farmers' Welfare Minister" would go on to an office
    return k >= toks.size() || toks.get(k).sentence() != owner.sentence() || toks.get(k).start() - toks.get(k - 1).end() > 1
        || !CapitalisedRuns.namePart(toks, k, blocked);
  }

  /**
   * Whether a head word comes soon after {@code j} and none stands in the run {@code [from, ownerAt]} that owns: "the
   * Court of Appeals' Board on Ethics" is one body's board, two names.
   */
  private static boolean headFollows(List<Token> toks, int from, int ownerAt, int j, boolean[] blocked, EntityLexicon lex) {
    for (int k = from; k <= ownerAt; k++) {
      String w = CapitalisedRuns.word(toks.get(k));
      if (lex.isOrgHead(w) && !lex.isWeakOrgHead(w)) return false;
    }
    Token owner = toks.get(ownerAt);
    String stem = CapitalisedRuns.word(owner);
    if (lex.place(stem) != null || lex.organization(stem) != null || lex.demonym(stem) != null) return false;
    for (int k = j; k < toks.size() && k - j < MAX_AFTER; k++) {
      Token t = toks.get(k);
      if (t.sentence() != owner.sentence() || t.start() - toks.get(k - 1).end() > 1 || !CapitalisedRuns.namePart(toks, k, blocked)
          || CapitalisedRuns.possessive(t) && k + 1 < toks.size() && CapitalisedRuns.namePart(toks, k + 1, blocked)) {
        return false;
      }
      String w = CapitalisedRuns.word(t);
      if (lex.isOrgHead(w) && !lex.isWeakOrgHead(w)) return true;
    }
    return false;
  }

  /** "Consumers'", "Workers’", "Women's", "Fishermen's": a plural's apostrophe or an irregular plural's "'s". */
  static boolean pluralPossessive(String text, String stem) {
    if (stem.length() < 3 || !Character.isUpperCase(stem.charAt(0))) return false;
    if (text.endsWith("s'") || text.endsWith("s’")) return !stem.endsWith("ss");
    return IRREGULAR_PLURALS.contains(stem.toLowerCase(Locale.ROOT));
  }
}
