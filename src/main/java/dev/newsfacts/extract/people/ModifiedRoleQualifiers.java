package dev.newsfacts.extract.people;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Former Test opener Naveed Qureshi", "the son of former Pontypridd captain Emyr Davies": after a modifier of a
 * title ("former", "veteran"), one capitalised word right before a lower-case role noun and a name says what kind of
 * role it is (a team, a party, a format); it names no one.
 */
final class ModifiedRoleQualifiers {
  /** "former", "veteran": words that qualify a title without being a role themselves. */
  private static final Set<String> MODIFIERS = WordList.set("/dev/newsfacts/lexicon/en/title-modifiers.txt");

  private ModifiedRoleQualifiers() {}

  /**
   * Whether the one-word name {@code nameStart}..{@code to}, after only modifier title words from {@code titleFrom}
   * (lower-case ones before the run, capitalised ones opening it), is the qualifier of the role noun that follows it
   * before another name.
   */
  static boolean qualifiesRole(List<Token> toks, int titleFrom, int nameStart, int to) {
    if (to - nameStart != 1 || nameStart == titleFrom || to + 1 >= toks.size()) return false;
    for (int k = titleFrom; k < nameStart; k++) {
      if (!MODIFIERS.contains(toks.get(k).text().toLowerCase(Locale.ROOT))) return false;
    }
    Token role = toks.get(to);
    Token next = toks.get(to + 1);
    boolean roleNoun = Titles.isTitleWord(role.text()) || "NOUN".equals(role.pos());
    return Character.isLowerCase(role.text().charAt(0)) && roleNoun && next.isCapitalised() && "PROPN".equals(next.pos())
        && role.sentence() == toks.get(nameStart).sentence() && next.sentence() == role.sentence();
  }
}
