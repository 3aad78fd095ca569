package dev.newsfacts.extract.people;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Two-word titles of a body's word and a seat on it ("Council Member Dennis Okafor", "Board Member Ana Ruiz"): neither
 * word is a title alone ("Member States", "Council"), but together before a name of two or more words they are its title.
 */
final class BodyMemberTitles {
  /** Words that, capitalised after a body's word, name a seat on it ("Member"). */
  private static final Set<String> SEATS = WordList.set("/dev/newsfacts/lexicon/en/seat-words.txt");

  private BodyMemberTitles() {}

  /**
   * Where the name starts in the run {@code from}..{@code to} whose name was to start at {@code nameStart}: after a seat
   * word that follows a capitalised word and is followed by at least two words, else {@code nameStart}.
   */
  static int nameStart(List<Token> toks, int nameStart, int to) {
    for (int k = nameStart + 1; k <= to - 3; k++) {
      Token seat = toks.get(k);
      if (seat.isCapitalised() && SEATS.contains(seat.text().toLowerCase(Locale.ROOT)) && toks.get(k - 1).isCapitalised()) {
        return k + 1;
      }
    }
    return nameStart;
  }
}
