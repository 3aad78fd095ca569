package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.NeverNameWords;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.text.CharClasses;
import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "across Delhi, Noida, Gurugram, Ghaziabad and Faridabad", "in Lagos, Kano and Anambra State", "Siparia, Princes
 * Town and Couva": a name of up to three words no list knows, listed by a comma, "and" or "or" next to a place, is a
 * place too. Only words nothing else claimed (a person's name stays one), proper nouns in ordinary case, not after a
 * place's particle.
 */
final class PlaceListMembers {
  /** Days and months, listed as dates are ("on Friday, Saturday and Sunday"), not as places. */
  private static final Set<String> CALENDAR =
      Set.copyOf(WordList.linesAsWritten("/dev/newsfacts/lexicon/en/calendar-names.txt"));

  /** Words of a listed name at most: "Choa Chu Kang". */
  private static final int MAX_WORDS = 3;

  private PlaceListMembers() {}

  /**
   * Place mentions for such words; {@code claimed} marks tokens inside any mention found so far, {@code personWords}
   * are the words of the article's people ("Obama" alone is not listed as a place).
   */
  static List<Mention> find(AnnotatedText at, List<Mention> found, boolean[] claimed, EntityLexicon lex,
      Set<String> personWords) {
    List<Token> toks = at.tokens();
    int n = toks.size();
    boolean[] placeStart = new boolean[n + 1];
    boolean[] placeEnd = new boolean[n + 1];
    for (Mention m : found) {
      if (m.type() != EntityType.LOCATION) continue;
      int a = at.tokenAtOrAfter(m.start());
      int b = a;
      while (b < n && toks.get(b).start() < m.end()) b++;
      if (a < n) placeStart[a] = true;
      if (b > 0) placeEnd[b - 1] = true;
    }
    List<Mention> out = new ArrayList<>();
    // a member next to one that has just become a place is listed with places too ("Gurugram, Ghaziabad and
    // Faridabad"): one pass forwards, one backwards, so a long hostile list costs two passes, not one per member
    for (int i = 1; i + 1 < n; i++) {
      boolean before = i >= 2 && joiner(toks.get(i - 1)) && placeEnd[i - 2] && same(toks, i - 2, i);
      if (!before) continue;
      int end = runEnd(toks, i, claimed, placeStart, lex, personWords);
      if (end > i) mark(at, i, end, out, placeStart, placeEnd);
    }
    for (int i = n - 2; i >= 1; i--) {
      boolean after = i + 2 < n && joiner(toks.get(i + 1)) && placeStart[i + 2] && same(toks, i, i + 2);
      if (!after) continue;
      int start = runStart(toks, i, claimed, placeStart, lex, personWords);
      if (start <= i) mark(at, start, i + 1, out, placeStart, placeEnd);
    }
    return out;
  }

  /**
   * The end (exclusive) of the name of up to {@link #MAX_WORDS} words that opens at {@code i} ("Princes Town", "Bukit
   * Batok"), or {@code i} when none: every word open, no capitalised word after the last.
   */
  private static int runEnd(List<Token> toks, int i, boolean[] claimed, boolean[] placeStart, EntityLexicon lex,
      Set<String> personWords) {
    int j = i;
    while (j + 1 < toks.size() && j - i < MAX_WORDS && same(toks, i, j) && open(toks, j, claimed, placeStart, lex, personWords)) j++;
    if (j == i || j + 1 >= toks.size() || toks.get(j).isCapitalised() && same(toks, i, j)) return i;
    return whole(toks, i, j, lex) ? j : i;
  }

  /** The start of such a name that ends at {@code i}, or {@code i + 1} when none: no capitalised word before the first. */
  private static int runStart(List<Token> toks, int i, boolean[] claimed, boolean[] placeStart, EntityLexicon lex,
      Set<String> personWords) {
    int a = i;
    while (a >= 1 && i - a < MAX_WORDS && same(toks, a, i) && open(toks, a, claimed, placeStart, lex, personWords)) a--;
    // a name that opens its sentence may be anything's
    if (a == i || !same(toks, a, i) || toks.get(a).isCapitalised()) return i + 1;
    return whole(toks, a + 1, i + 1, lex) ? a + 1 : i + 1;
  }

  /**
   * Whether the words {@code a} to {@code b} (exclusive) may name a place: not after a place's particle, and a lone
   * word no place's head ("Street") or a body's; several words only the first of which may not be a place's head.
   */
  private static boolean whole(List<Token> toks, int a, int b, EntityLexicon lex) {
    if (CapitalisedRuns.PLACE_PARTICLES.contains(toks.get(a - 1).text())) return false;
    String first = toks.get(a).text();
    if (b - a == 1) return first.length() >= 3 && !lex.isPlaceHead(first) && lex.organization(first) == null;
    StringBuilder name = new StringBuilder(first);
    for (int k = a + 1; k < b; k++) name.append(' ').append(toks.get(k).text());
    return !lex.isPlaceHead(first) && lex.organization(name.toString()) == null;
  }

  private static boolean open(List<Token> toks, int i, boolean[] claimed, boolean[] placeStart, EntityLexicon lex,
      Set<String> personWords) {
    return !claimed[i] && !placeStart[i] && candidate(toks.get(i), lex) && !personWords.contains(toks.get(i).text());
  }

  private static void mark(AnnotatedText at, int a, int b, List<Mention> out, boolean[] placeStart, boolean[] placeEnd) {
    List<Token> toks = at.tokens();
    String name = at.text().substring(toks.get(a).start(), toks.get(b - 1).end());
    out.add(new Mention(toks.get(a).start(), toks.get(b - 1).end(), name, EntityType.LOCATION, name));
    placeStart[a] = true;
    placeEnd[b - 1] = true;
  }

  /** A capitalised proper noun of letters, no people's, body's or title's word, no day or month. */
  static boolean candidate(Token t, EntityLexicon lex) {
    String w = t.text();
    if (w.length() < 2 || !nameTag(t) || !Character.isUpperCase(w.charAt(0)) || !CharClasses.allLowerCase(w, 1)) {
      return false;
    }
    return lex.demonym(w) == null && !lex.isOrgHead(w) && !CALENDAR.contains(w)
        && !dev.newsfacts.extract.lexicon.Titles.isTitleWord(w);
  }

  /**
   * A proper noun's tag, or the tag the tagger gives a name it does not know ("sent to Sacramento and Findlay/VERB", "Kanpur and
   * Wazirganj/PRON"): inside a sentence, after a joiner, a capitalised word that is no function word is a name.
   */
  private static boolean nameTag(Token t) {
    return "PROPN".equals(t.pos()) || !"NUM".equals(t.pos()) && !"PUNCT".equals(t.pos()) && !NeverNameWords.contains(t.text());
  }

  private static boolean joiner(Token t) {
    return t.is(",") || t.is("and") || t.is("or");
  }

  private static boolean same(List<Token> toks, int a, int b) {
    return toks.get(a).sentence() == toks.get(b).sentence();
  }
}
