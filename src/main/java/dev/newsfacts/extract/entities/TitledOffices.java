package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;

/**
 * "according to the Essex County Clerk's office", "the Manhattan District Attorney's office declined": an office
 * written as its holder's title and "'s office" is an organisation named by the title ("Essex County Clerk"), not a
 * person called "Clerk" and a place or a "Manhattan District" body. A title alone ("the Prime Minister's office") is
 * left as it was.
 */
final class TitledOffices {
  private TitledOffices() {}

  /** Whether the run {@code [a, b)} ends in a title word with a possessive and a lower-case "office" follows. */
  static boolean namesOffice(List<Token> toks, int a, int b) {
    if (b - a < 2 || b >= toks.size()) return false;
    Token last = toks.get(b - 1);
    if (!CapitalisedRuns.possessive(last) || !Titles.isTitleWord(CapitalisedRuns.word(last))
        || !toks.get(b).text().equals("office") || toks.get(b).sentence() != last.sentence()) {
      return false;
    }
    // "the Prime Minister's office" names the holder's staff by the title alone: a place or a body's word must come first
    for (int k = a; k < b - 1; k++) if (!Titles.isTitleWord(toks.get(k).text())) return true;
    return false;
  }

  /** Whether every mention of a one-word "person" that is a title word is such an office's last word. */
  static boolean officeWord(AnnotatedText at, PersonEntry p) {
    if (p.mentions.isEmpty() || p.name.contains(" ") || !Titles.isTitleWord(p.name)) return false;
    List<Token> toks = at.tokens();
    for (PersonMention m : p.mentions) {
      int i = at.tokenAtOrAfter(m.start());
      if (i == 0 || i + 1 >= toks.size() || !CapitalisedRuns.possessive(toks.get(i)) || !toks.get(i + 1).text().equals("office")
          || !toks.get(i - 1).isCapitalised()) {
        return false;
      }
    }
    return true;
  }
}
