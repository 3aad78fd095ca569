package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the Harris County Sheriff's Department", "the U.S. Attorney's Office for the District of Oregon", "the Mayor's
 * Office": an office-holder's title in the possessive, right before an organisation's head word, names the office
 * that serves the post; the "'s" stays inside the name, where a person's or a place's ("Mexico's Foreign Ministry")
 * ends the name before it.
 */
final class OfficeHolderPossessives {
  /** "'s Department", "’s Office": the possessive and the capitalised word after it. */
  private static final Pattern OWNED_HEAD = Pattern.compile("['’]s (\\p{Lu}\\p{L}+)");

  private OfficeHolderPossessives() {}

  /**
   * Whether the person step's "person" is only the title of such an office ("Sheriff" of "the Sheriff's Department",
   * "Attorney" of "the U.S. Attorney's Office"): every mention ends in a title word with "'s" and a head word after it.
   */
  static boolean isOfficeTitle(String text, PersonEntry e, EntityLexicon lex) {
    if (e.mentions.isEmpty()) return false;
    for (PersonMention m : e.mentions) {
      String name = m.text();
      String last = name.substring(name.lastIndexOf(' ') + 1);
      if (!Titles.isTitleWord(last) || Titles.isHonorific(last)) return false;
      Matcher h = OWNED_HEAD.matcher(text).region(m.end(), text.length());
      if (!h.lookingAt() || !lex.isOrgHead(h.group(1)) || lex.isWeakOrgHead(h.group(1))) return false;
    }
    return true;
  }

  /** Whether the run goes on past the title's "'s" glued to the word at {@code j - 1} to the head word at {@code j}. */
  static boolean joins(List<Token> toks, int j, boolean[] blocked, EntityLexicon lex) {
    if (j >= toks.size()) return false;
    Token owner = toks.get(j - 1);
    String stem = CapitalisedRuns.word(owner);
    if (!owner.text().endsWith("'s") && !owner.text().endsWith("’s")) return false;
    if (!Titles.isTitleWord(stem) || Titles.isHonorific(stem) || lex.isOrgHead(stem) || !Character.isUpperCase(stem.charAt(0))) {
      return false;
    }
    Token next = toks.get(j);
    String head = CapitalisedRuns.word(next);
    return next.sentence() == owner.sentence() && CapitalisedRuns.namePart(toks, j, blocked)
        && lex.isOrgHead(head) && !lex.isWeakOrgHead(head);
  }
}
