package dev.newsfacts.extract.people;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
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
  /** "-Ibrahim": a hyphen and a capitalised word. */
  private static final Pattern HYPHEN_HALF = Pattern.compile("-\\p{Lu}\\p{Ll}+");
  /** "Bello": a capitalised word of letters. */
  private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");

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
    if (WORD.matcher(u.text()).matches() && j + 1 < toks.size() && glued(toks, j + 1)
        && toks.get(j + 1).sentence() == u.sentence() && HYPHEN_HALF.matcher(toks.get(j + 1).text()).matches()) {
      return endsName(at, j + 2) ? j + 2 : j;
    }
    return j;
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
