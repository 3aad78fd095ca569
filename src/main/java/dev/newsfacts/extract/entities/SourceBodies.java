package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.lexicon.NeverNameWords;
import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.text.CharClasses;
import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "according to Drewry", "data from Alphaliner show", "economists at Nedbank estimated", "…, Drewry said", "told
 * Newsday", "speaking to Lusa": a lone
 * capitalised word no list or rule took, standing where a story names the source of its figures or words, is an
 * organisation's name (people are named in full before a story calls them by one word, and the person step has them),
 * in every mention of it. Given names, places, titles and words that never start a name are left out.
 */
final class SourceBodies {
  private static final String LIST = "/dev/newsfacts/entities/source-cues.txt";
  private static final Set<String> BEFORE = WordList.marked(LIST, "before");
  private static final Set<String> AFTER = WordList.marked(LIST, "after");
  /** The longest "before" cue, in words. */
  private static final int MAX_CUE = 2;

  private SourceBodies() {}

  /**
   * The mentions with the source bodies added.
   *
   * @param people tokens of people's names, never a body
   */
  static List<Mention> add(AnnotatedText at, List<Mention> found, boolean[] people, EntityLexicon lex, GivenNames given) {
    List<Token> toks = at.tokens();
    int n = toks.size();
    boolean[] covered = Arrays.copyOf(people, n);
    for (Mention m : found) {
      for (int i = at.tokenAtOrAfter(m.start()); i < n && toks.get(i).start() < m.end(); i++) covered[i] = true;
    }
    Set<String> bodies = new HashSet<>();
    for (int i = 1; i < n; i++) {
      if (covered[i] || alone(toks, i) == false || !plainName(toks.get(i), lex, given)) continue;
      if (sourceBefore(toks, i, lex) || sourceAfter(toks, i)) bodies.add(CapitalisedRuns.word(toks.get(i)));
    }
    if (bodies.isEmpty()) return found;
    List<Mention> out = new ArrayList<>(found);
    for (int i = 1; i < n; i++) {
      Token t = toks.get(i);
      String w = CapitalisedRuns.word(t);
      if (!covered[i] && bodies.contains(w) && alone(toks, i)) {
        out.add(new Mention(t.start(), CapitalisedRuns.nameEnd(t), w, EntityType.ORGANIZATION, w));
      }
    }
    return out;
  }

  /** "according to (the) X", "data from X", "economists at X", "told X", "the … Index from X". */
  static boolean sourceBefore(List<Token> toks, int i, EntityLexicon lex) {
    int s = toks.get(i).sentence();
    int k = i - 1;
    if (toks.get(k).is("the") && k > 0) k--;
    if (toks.get(k).sentence() != s) return false;
    StringBuilder cue = new StringBuilder(toks.get(k).text().toLowerCase(Locale.ROOT));
    // "told Newsday": a cue of one word
    if (BEFORE.contains(cue.toString())) return true;
    for (int words = 2; words <= MAX_CUE && k - words + 1 >= 0; words++) {
      Token w = toks.get(k - words + 1);
      if (w.sentence() != s) break;
      cue.insert(0, w.text().toLowerCase(Locale.ROOT) + " ");
      if (BEFORE.contains(cue.toString())) return true;
      // "the latest World Container Index from Drewry": a named index or report from the body
      if (words == 2 && toks.get(k).is("from") && lex.isDocumentWord(w.text())) return true;
    }
    return false;
  }

  /** "…, Drewry said", "… and DriveBC warned drivers": the name speaking after a comma or "and". */
  static boolean sourceAfter(List<Token> toks, int i) {
    int s = toks.get(i).sentence();
    if (i + 1 >= toks.size() || toks.get(i + 1).sentence() != s || !AFTER.contains(toks.get(i + 1).text())) return false;
    Token before = toks.get(i - 1);
    return before.sentence() == s && (before.is(",") || before.is("and"));
  }

  /** Not glued to other capitalised words: another name's part ("Super Rugby Pacific"). */
  private static boolean alone(List<Token> toks, int i) {
    return !capitalisedNeighbour(toks, i, i - 1) && (CapitalisedRuns.possessive(toks.get(i)) || !capitalisedNeighbour(toks, i, i + 1));
  }

  private static boolean capitalisedNeighbour(List<Token> toks, int i, int k) {
    if (k < 0 || k >= toks.size() || toks.get(k).sentence() != toks.get(i).sentence()) return false;
    String w = toks.get(k).text();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !NeverNameWords.contains(w)
        && !(k < i && CapitalisedRuns.isOpeningMark(toks.get(k)));
  }

  /** A capitalised word of letters ("Drewry", "DriveBC"), no acronym, that no list knows as anything else. */
  static boolean plainName(Token t, EntityLexicon lex, GivenNames given) {
    String w = CapitalisedRuns.word(t);
    if (w.length() < 3 || !Character.isUpperCase(w.charAt(0)) || !Character.isLowerCase(w.charAt(1))
        || !CharClasses.allLetters(w, 0) || !"PROPN".equals(t.pos()) && !t.pos().startsWith("NOUN")) {
      return false;
    }
    return !NeverNameWords.contains(w) && !given.isKnown(w) && lex.demonym(w) == null && lex.place(w) == null
        && !lex.isTown(w) && !lex.isCountry(w) && lex.organization(w) == null && !lex.isOrgHead(w) && !lex.isPlaceHead(w)
        && !Titles.isTitleWord(w) && !lex.isDocumentWord(w) && !lex.isPlatform(w);
  }
}
