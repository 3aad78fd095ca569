package dev.newsfacts.extract.entities;

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
 * "Monterrey beat Tigres 2-1", "Victoria coach Darren Pattison", "leaders Toluca": in a match report a place's name
 * next to a result's verb or a side's role names the side (a club, a state's team), in every mention of it there;
 * so does a capitalised word no rule took in the same spot ("Tigres"). Venues stay places ("at Estadio BBVA in
 * Guadalupe"): only names that stand in a side's spot at least once are sides. A country stays a place, as national
 * sides are usually typed.
 */
final class SportsSides {
  private static final String DIR = "/dev/newsfacts/entities/";
  private static final Set<String> CUES = WordList.set(DIR + "sports-words.txt");
  private static final Set<String> BEFORE = WordList.marked(DIR + "side-words.txt", "before");
  private static final Set<String> AFTER = WordList.marked(DIR + "side-words.txt", "after");
  /** "Test captain": kinds of match, capitalised in cricket copy, that stand where a side's name would. */
  private static final Set<String> FORMATS = WordList.set(DIR + "match-formats.txt");
  /** Distinct cue words that make an article a match report. */
  private static final int MIN_CUES = 3;

  private SportsSides() {}

  /**
   * The mentions with the sides of a match report made organisations, and the unnamed sides added.
   *
   * @param people tokens of people's names, never a side
   */
  static List<Mention> retype(AnnotatedText at, List<Mention> found, boolean[] people, EntityLexicon lex) {
    List<Token> toks = at.tokens();
    if (!matchReport(toks)) return found;
    int n = toks.size();
    boolean[] covered = Arrays.copyOf(people, n);
    Set<String> sides = new HashSet<>();
    for (Mention m : found) {
      int a = at.tokenAtOrAfter(m.start());
      int b = a;
      while (b < n && toks.get(b).start() < m.end()) covered[b++] = true;
      // "Ecuador's friendly against Peru": a national side keeps its country's name and type
      if (m.type() == EntityType.LOCATION && a < b && !lex.isCountry(m.key()) && sideSpot(toks, a, b)) sides.add(m.key());
    }
    Set<String> unnamed = new HashSet<>();
    for (int i = 0; i < n; i++) {
      Token t = toks.get(i);
      if (!covered[i] && plainName(t) && sideSpot(toks, i, i + 1)) unnamed.add(t.text());
    }
    if (sides.isEmpty() && unnamed.isEmpty()) return found;
    List<Mention> out = new ArrayList<>(found.size());
    for (Mention m : found) {
      boolean side = m.type() == EntityType.LOCATION && sides.contains(m.key());
      out.add(side ? new Mention(m.start(), m.end(), m.text(), EntityType.ORGANIZATION, m.key(), m.alias()) : m);
    }
    for (int i = 0; i < n; i++) {
      Token t = toks.get(i);
      if (!covered[i] && unnamed.contains(t.text())) {
        out.add(new Mention(t.start(), t.end(), t.text(), EntityType.ORGANIZATION, t.text()));
      }
    }
    return out;
  }

  /** Whether the article holds enough distinct words of match reports. */
  static boolean matchReport(List<Token> toks) {
    Set<String> seen = new HashSet<>();
    for (Token t : toks) {
      if (Character.isLowerCase(t.text().isEmpty() ? 'A' : t.text().charAt(0)) && CUES.contains(t.text()) && seen.add(t.text())
          && seen.size() >= MIN_CUES) {
        return true;
      }
    }
    return false;
  }

  /** Whether the name in tokens {@code [a, b)} stands in a side's spot of its sentence. */
  static boolean sideSpot(List<Token> toks, int a, int b) {
    int s = toks.get(a).sentence();
    if (a >= 1 && toks.get(a - 1).sentence() == s) {
      String one = toks.get(a - 1).text().toLowerCase(Locale.ROOT);
      if (BEFORE.contains(one)) return true;
      // "the record chase was 366 by South Australia": a score made by the side
      if (one.equals("by") && a >= 2 && toks.get(a - 2).sentence() == s && figure(toks.get(a - 2).text())) return true;
      if (a >= 2 && toks.get(a - 2).sentence() == s
          && BEFORE.contains(toks.get(a - 2).text().toLowerCase(Locale.ROOT) + " " + one)) {
        return true;
      }
    }
    if (b < toks.size() && toks.get(b).sentence() == s && AFTER.contains(toks.get(b).text())) return true;
    // "four clear of the Chiefs, who beat the Western Force": the side's result told in a clause after it
    return b + 2 < toks.size() && toks.get(b + 2).sentence() == s && toks.get(b).is(",") && toks.get(b + 1).is("who")
        && AFTER.contains(toks.get(b + 2).text());
  }

  /** "366", "7/245", "2-1": a score's or a total's figure. */
  private static boolean figure(String w) {
    return !w.isEmpty() && Character.isDigit(w.charAt(0)) && Character.isDigit(w.charAt(w.length() - 1));
  }

  /** A capitalised word of letters that no list or rule took: a side's name when it stands in a side's spot. */
  private static boolean plainName(Token t) {
    String w = t.text();
    return w.length() >= 3 && "PROPN".equals(t.pos()) && Character.isUpperCase(w.charAt(0))
        && CharClasses.allLowerCase(w, 1) && !FORMATS.contains(w.toLowerCase(Locale.ROOT));
  }
}
