package dev.newsfacts.extract.people;

import dev.newsfacts.extract.lexicon.OrganizationWords;
import dev.newsfacts.extract.lexicon.Places;
import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "Justice of the Peace Gail Venard", "Chancellor of the Exchequer Rachel Reeves", "Minister for the Environment Grace
 * Fu": a capitalised title word, "of the" or "for the",
 * one capitalised word of the office and a name of two or more words after it. The office's word is no name's; where
 * it opens a place or a body ("of the United States", "of the Reserve Bank") the office is longer than one word and
 * the run is left as it was.
 */
final class TitlesWithOfThe {
  private TitlesWithOfThe() {}

  /** Whether "of" or "for" at {@code j}, after a title word, opens "of the Office" that a name of two words follows. */
  static boolean opensOffice(List<Token> toks, int j) {
    if (j < 1 || j + 4 >= toks.size() || !(toks.get(j).is("of") || toks.get(j).is("for")) || !toks.get(j + 1).is("the")) {
      return false;
    }
    Token title = toks.get(j - 1);
    if (!title.isCapitalised() || !Titles.isTitleWord(title.text())) return false;
    for (int k = j + 1; k <= j + 4; k++) if (toks.get(k).sentence() != title.sentence()) return false;
    Token office = toks.get(j + 2);
    Token first = toks.get(j + 3);
    Token second = toks.get(j + 4);
    if (!plainWord(office) || !plainWord(first) || !plainWord(second)) return false;
    return !Titles.isTitleWord(first.text()) && !OrganizationWords.isHead(first.text())
        && !Places.isPlace(office.text() + " " + first.text());
  }

  /** Whether the run's name words start after "of the Office" at {@code nameStart} ("the" after a title's "of" or "for"). */
  static boolean officeAt(List<Token> toks, int from, int nameStart) {
    return nameStart - 2 >= from && toks.get(nameStart).is("the")
        && (toks.get(nameStart - 1).is("of") || toks.get(nameStart - 1).is("for"));
  }

  /** A capitalised word of letters, no acronym ("Peace", "Gail"; not "FBI"). */
  private static boolean plainWord(Token t) {
    String w = t.text();
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) return false;
    for (int i = 1; i < w.length(); i++) if (!Character.isLowerCase(w.charAt(i)) && w.charAt(i) != '-') return false;
    return true;
  }
}
