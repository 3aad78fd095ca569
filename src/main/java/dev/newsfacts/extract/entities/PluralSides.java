package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.NeverNameWords;
import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.text.CharClasses;
import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "The Crusaders host the Hurricanes", "a win over the Blues": in a match report a capitalised plural after "the"
 * in a side's spot (next to a result's verb or a side's role) that no list or rule took is a side's name (clubs of rugby, cricket and American sports are named so), in every
 * mention of it there, "the" or not ("Crusaders coach"). Nationalities ("the Kiwis" aside), places and bodies'
 * head words are left to their own lists.
 */
final class PluralSides {
  private PluralSides() {}

  /**
   * The mentions with the plural sides of a match report added.
   *
   * @param people tokens of people's names, never a side
   */
  static List<Mention> add(AnnotatedText at, List<Mention> found, boolean[] people, EntityLexicon lex) {
    List<Token> toks = at.tokens();
    if (!SportsSides.matchReport(toks)) return found;
    int n = toks.size();
    boolean[] covered = Arrays.copyOf(people, n);
    for (Mention m : found) {
      for (int i = at.tokenAtOrAfter(m.start()); i < n && toks.get(i).start() < m.end(); i++) covered[i] = true;
    }
    Set<String> sides = new HashSet<>();
    for (int i = 1; i < n; i++) {
      Token before = toks.get(i - 1);
      if (!covered[i] && before.sentence() == toks.get(i).sentence() && before.text().equalsIgnoreCase("the")
          && SportsSides.sideSpot(toks, i - 1, i + 1) && pluralName(toks.get(i), lex)) {
        sides.add(CapitalisedRuns.word(toks.get(i)));
      }
    }
    if (sides.isEmpty()) return found;
    List<Mention> out = new ArrayList<>(found);
    for (int i = 0; i < n; i++) {
      Token t = toks.get(i);
      String w = CapitalisedRuns.word(t);
      if (!covered[i] && sides.contains(w) && !partOfLongerName(toks, i, covered)) {
        out.add(new Mention(t.start(), CapitalisedRuns.nameEnd(t), w, EntityType.ORGANIZATION, w));
      }
    }
    return out;
  }

  /** "Crusaders", "Brumbies'": a capitalised plural of letters that no list knows as something else. */
  static boolean pluralName(Token t, EntityLexicon lex) {
    String w = CapitalisedRuns.word(t);
    if (w.length() < 4 || !Character.isUpperCase(w.charAt(0)) || !CharClasses.allLowerCase(w, 1)
        || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
      return false;
    }
    return !NeverNameWords.contains(w) && lex.demonym(w) == null && lex.place(w) == null && !lex.isTown(w)
        && lex.organization(w) == null && !lex.isOrgHead(w) && !lex.isPlaceHead(w) && !Titles.isTitleWord(w);
  }

  /** "Western Force Crusaders" never; "Super Rugby Pacific" alike: a word glued to other capitalised words is another name's. */
  private static boolean partOfLongerName(List<Token> toks, int i, boolean[] covered) {
    return neighbourName(toks, i, i - 1) || neighbourName(toks, i, i + 1);
  }

  private static boolean neighbourName(List<Token> toks, int i, int k) {
    if (k < 0 || k >= toks.size() || toks.get(k).sentence() != toks.get(i).sentence()) return false;
    String w = toks.get(k).text();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !NeverNameWords.contains(w)
        && !(k < i && CapitalisedRuns.isOpeningMark(toks.get(k)));
  }
}
