package dev.newsfacts.extract.people;

import dev.newsfacts.extract.lexicon.OrganizationWords;
import dev.newsfacts.extract.lexicon.Places;
import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An occupation or a player's position right before two or three plain capitalised words names the person who holds
 * it, though the given name is on no list ("Blues lock Tevita Lolohea left the field", "said farmer Sunil Varghese",
 * "economists Pranjul Bhandari and ...");
 * opening a sentence, the occupation is capitalised and no part of the name ("Engineer Sunil Varghese, who ...").
 * The occupations are not titles: alone before one word ("the lock Smith") or a place they name no one.
 */
final class OccupationBeforeName {
  /** Occupations and positions that stand before a name without being titles ("midfielder", "engineer"). */
  private static final Set<String> OCCUPATIONS = WordList.set("/dev/newsfacts/lexicon/en/occupation-nouns.txt");
  /** "Tevita", "Lolohea", "Al-Amin": a capitalised word of letters, maybe hyphenated. */
  private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?");
  /** Tokens after which a sentence's or a quotation's first word is capitalised whatever it is. */
  private static final Set<String> OPENERS = Set.of("\"", "“", "‘", "'", "(", "—", "–");

  private OccupationBeforeName() {}

  /**
   * Where the name starts in the run {@code nameStart}..{@code to}: after a capitalised occupation that opens the
   * sentence when two or three plain name words follow it, else {@code nameStart}.
   */
  static int nameStart(List<Token> toks, int nameStart, int to) {
    if (to - nameStart < 3 || to - nameStart > 4 || !opensSentence(toks, nameStart)) return nameStart;
    Token first = toks.get(nameStart);
    if (!occupation(first)) return nameStart;
    return plainName(toks, nameStart + 1, to) ? nameStart + 1 : nameStart;
  }

  /** Whether the name {@code from}..{@code to} (two or three words) follows a lower-case occupation of its sentence. */
  static boolean followsOccupation(List<Token> toks, int from, int to) {
    if (from < 1 || to - from < 2 || to - from > 5) return false;
    Token before = toks.get(from - 1);
    if (before.sentence() != toks.get(from).sentence() || before.isCapitalised()
        || !occupation(before) && !plural(before)) {
      return false;
    }
    return plainName(toks, from, to);
  }

  /**
   * Two or three capitalised words, tagged names, that are neither a place, a body's word nor a title. A hyphenated
   * surname the tokenizer cut into pieces ("Rees" "-" "Morgan") counts as one word, and a given name the tagger gave a
   * function word's tag ("lock Ieuan/ADP Maddox") as a name's word.
   */
  private static boolean plainName(List<Token> toks, int from, int to) {
    List<String> words = new java.util.ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int k = from; k < to; k++) {
      Token t = toks.get(k);
      boolean piece = k > from && SurnamePieces.glued(toks, k) && (t.text().startsWith("-") || toks.get(k - 1).is("-"));
      if (t.is("-") && k > from && SurnamePieces.glued(toks, k)) {
        word.append('-');
        continue;
      }
      if (!piece && !t.pos().startsWith("PROPN") && !MistaggedNames.isName(toks, k)) return false;
      if (!piece && word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
      word.append(t.text());
    }
    words.add(word.toString());
    if (words.size() < 2 || words.size() > 3) return false;
    for (String w : words) if (!plainNameWord(w)) return false;
    return !Places.isPlace(String.join(" ", words));
  }

  /**
   * "Tevita", "Al-Amin": a capitalised word of letters, maybe hyphenated, that is neither a body's word, a place nor a
   * title; the words of a plain name here and in {@link CoordinatedNames}.
   */
  static boolean plainNameWord(String w) {
    return WORD.matcher(w).matches() && !OrganizationWords.isHead(w) && !Places.isPlace(w) && !Titles.isTitleWord(w);
  }

  /** Whether {@code lower} (lower case) is on the list of occupations and positions ("midfielder", "engineer"). */
  static boolean listed(String lower) {
    return OCCUPATIONS.contains(lower);
  }

  /** A listed occupation, or a word for one in -ist ("pharmacist", "economist"). */
  private static boolean occupation(Token t) {
    String l = t.text().toLowerCase(Locale.ROOT);
    // the tagger may call a listed position a verb before a name ("wing Sione ..."); an -ist word must be a noun
    boolean noun = t.pos().startsWith("NOUN") || t.pos().startsWith("PROPN");
    return OCCUPATIONS.contains(l) || noun && l.endsWith("ist") && l.length() > 5;
  }

  /**
   * "economists Pranjul Bhandari and ...", "midfielders Kalo Vea and ...": the plural of an occupation or a title before
   * the first of the names it lists ({@link CoordinatedNames} takes the others).
   */
  private static boolean plural(Token t) {
    String l = t.text().toLowerCase(Locale.ROOT);
    if (l.length() < 5 || !l.endsWith("s") || !t.pos().startsWith("NOUN")) return false;
    String one = l.substring(0, l.length() - 1);
    return OCCUPATIONS.contains(one) || one.endsWith("ist") || Titles.isTitleWord(one) && !Titles.isTitleWord(l);
  }

  private static boolean opensSentence(List<Token> toks, int k) {
    if (k == 0 || toks.get(k - 1).sentence() != toks.get(k).sentence()) return true;
    return OPENERS.contains(toks.get(k - 1).text());
  }
}
