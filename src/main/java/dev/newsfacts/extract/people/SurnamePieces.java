package dev.newsfacts.extract.people;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.lexicon.NeverNameWords;
import dev.newsfacts.extract.lexicon.OrganizationWords;
import dev.newsfacts.extract.lexicon.WordList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Surname pieces the tagger gives no name's tag, so that a run would stop before them: a surname with an elided
 * particle ("Bernie d'Entremont", "Paolo dell'Acqua"), which the tagger reads as punctuation, and the second half of a
 * hyphenated surname the tokenizer cut off with its hyphen ("Hauwa Bello" + "-Ibrahim"), whose first half it may
 * call an adverb.
 */
final class SurnamePieces {
  /** "d'Entremont", "dell’Acqua": a lower-case elided particle, an apostrophe and a capitalised word. */
  private static final Pattern ELIDED = Pattern.compile("(?:d|dell|l)['’]\\p{Lu}\\p{Ll}+");
  /** "-Ibrahim", "-Roy's": a hyphen and a capitalised word, maybe with the possessive that ends the name. */
  private static final Pattern HYPHEN_HALF = Pattern.compile("-\\p{Lu}\\p{Ll}+(?:['’]s)?");
  /** "Bello": a capitalised word of letters. */
  private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
  /** "Roy's": a capitalised word of letters and a possessive. */
  private static final Pattern POSSESSIVE_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+['’]s");

  /** Romanised syllables that close a Korean given name written with a hyphen ("Hae-jin", "Min-jun"). */
  private static final Set<String> KOREAN_SYLLABLES =
      WordList.set("/dev/newsfacts/lexicon/en/korean-given-name-syllables.txt");

  private SurnamePieces() {}

  /**
   * Where the surname piece at token {@code j}, right after a name word of the run opening at {@code i}, ends: after an
   * elided-particle surname, after a hyphenated half glued to a surname after a given name, or after a capitalised word and the hyphenated half
   * glued to it; {@code j} when there is none.
   */
  static int after(AnnotatedText at, int i, int j) {
    List<Token> toks = at.tokens();
    Token u = toks.get(j);
    if (ELIDED.matcher(u.text()).matches()) return j + 1;
    // "Hauwa Bello" + "-Ibrahim" after a given name; "Obama" + "-Clinton" alone pairs two people ("Obama-Clinton policies")
    if (glued(toks, j) && HYPHEN_HALF.matcher(u.text()).matches()) return j - i >= 2 && endsName(at, j + 1) ? j + 1 : j;
    // "Lee Jae-" + "myung": the tokenizer may keep the hyphen on the first half of a Korean given name, and of a
    // surname whose second half carries a possessive ("Anna Lavoie-" + "Bergeron's"), which the tagger calls no name
    if (j - i >= 2 && glued(toks, j) && toks.get(j - 1).text().endsWith("-") && toks.get(j - 1).text().length() > 2
        && (KOREAN_SYLLABLES.contains(u.text()) || POSSESSIVE_WORD.matcher(u.text()).matches()) && endsName(at, j + 1)) {
      return j + 1;
    }
    int spelled = hyphenSpelledApart(at, i, j);
    if (spelled > j) return spelled;
    if (WORD.matcher(u.text()).matches() && j + 1 < toks.size() && glued(toks, j + 1)
        && toks.get(j + 1).sentence() == u.sentence() && HYPHEN_HALF.matcher(toks.get(j + 1).text()).matches()) {
      return endsName(at, j + 2) ? j + 2 : j;
    }
    return j;
  }

  /**
   * "Comfort Asante" + "-" + "Mensah", "Yoon Hae" + "-" + "jin": where the tokenizer split a hyphenated name into its
   * halves and a bare hyphen, all written on at no space, the second half is the name's when it is capitalised or a
   * Korean given name's syllable, a name word goes before the first half and no capitalised word follows;
   * {@code j} when there is none.
   */
  static int hyphenSpelledApart(AnnotatedText at, int i, int j) {
    List<Token> toks = at.tokens();
    if (j - i < 1 || j + 1 >= toks.size() || !toks.get(j).is("-") || !glued(toks, j) || !glued(toks, j + 1)
        || !WORD.matcher(toks.get(j - 1).text()).matches() || j - i < 2 && !mistaggedGivenNameBefore(toks, i)) {
      return j;
    }
    // "Clinton Global Initiative-America": a body's name before the hyphen is no given name and surname
    for (int n = i; n < j; n++) if (OrganizationWords.isHead(toks.get(n).text())) return j;
    String half = toks.get(j + 1).text();
    // "Gagnon-Roy's office": the second half may carry the possessive that ends the name
    boolean nameHalf = WORD.matcher(half).matches() || POSSESSIVE_WORD.matcher(half).matches()
        || KOREAN_SYLLABLES.contains(half);
    return nameHalf && endsName(at, j + 2) ? j + 2 : j;
  }

  /**
   * "board chair Maelle/ADV Larrieu/ADJ" + "-" + "Grant": a run of one surname, when the word before it is a capitalised
   * word of letters the tagger gave no name's tag (a given name it does not know) after a lower-case word, may take the
   * hyphenated half after it, as after a given name inside the run; "the Obama-Clinton years" has no such word.
   */
  private static boolean mistaggedGivenNameBefore(List<Token> toks, int i) {
    if (i < 2) return false;
    Token given = toks.get(i - 1);
    Token before = toks.get(i - 2);
    String pos = given.pos();
    return given.sentence() == toks.get(i).sentence() && before.sentence() == given.sentence()
        && WORD.matcher(given.text()).matches() && !pos.startsWith("PROPN") && !pos.equals("NOUN") && !pos.equals("VERB")
        && !before.isCapitalised() && Character.isLetter(before.text().charAt(0))
        && !NeverNameWords.contains(given.text()) && toks.get(i).start() - given.end() == 1;
  }

  /**
   * Whether no capitalised word follows at {@code k}: a hyphenated surname ends the name, where "Nevada-Las Vegas" and
   * "Ali-Joe Frazier" join two names.
   */
  private static boolean endsName(AnnotatedText at, int k) {
    List<Token> toks = at.tokens();
    return k >= toks.size() || toks.get(k).sentence() != toks.get(k - 1).sentence() || !toks.get(k).isCapitalised();
  }

  /** Whether token {@code k} touches the one before it, a hyphenated half written on at no space. */
  static boolean glued(List<Token> toks, int k) {
    return k > 0 && toks.get(k).start() == toks.get(k - 1).end();
  }
}
