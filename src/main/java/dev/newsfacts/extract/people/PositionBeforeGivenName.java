package dev.newsfacts.extract.people;

import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A player's position or an occupation, capitalised before a listed given name and a surname ("Utility Jayden Kerr",
 * "the Sharks recalled Winger Liam Moss"), is the person's description, not the first word of the name. Only where
 * the word is listed lower case and the word after it is a listed given name, so that "Hooker Ann Lee"'s surname
 * stands.
 */
final class PositionBeforeGivenName {
  /** Positions that are everyday nouns too, beside the occupations {@link OccupationBeforeName} lists. */
  private static final Set<String> POSITIONS = WordList.set("/dev/newsfacts/lexicon/en/positions-before-given-names.txt");

  private PositionBeforeGivenName() {}

  /** {@code m} without its first word when that is a position before a given name and a surname, else {@code m}. */
  static NameMention apply(AnnotatedText at, NameMention m, GivenNames given) {
    List<String> w = m.words();
    int first = m.firstToken();
    if (w.size() < 3 || m.endToken() - first != w.size()) return m;
    Token t = at.tokens().get(first);
    if (!t.isCapitalised() || !position(t.text().toLowerCase(Locale.ROOT)) || given.isKnown(w.get(0))
        || !given.isKnown(w.get(1))) {
      return m;
    }
    Token next = at.tokens().get(first + 1);
    String title = m.title().isEmpty() ? t.text() : m.title() + " " + t.text();
    return new NameMention(first + 1, m.endToken(), next.start(), m.end(), List.copyOf(w.subList(1, w.size())), title,
        m.titleStart());
  }

  private static boolean position(String lower) {
    return OccupationBeforeName.listed(lower) || POSITIONS.contains(lower);
  }
}
