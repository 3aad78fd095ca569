package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Lee to Council: ...", "Okafor at Summit: ...", "CNN President On Trump: ...": in a headline's frame before
 * its colon, a preposition after the name opens the addressee, the occasion or the topic; the speaker is the
 * name before it.
 */
final class HeadlineSetting {
  private static final Set<String> PREPOSITIONS =
      WordList.set("/dev/newsfacts/lexicon/en/headline-setting-prepositions.txt");

  private HeadlineSetting() {}

  /** Where the speaker's words end in the frame {@code [from, colon)}: at its first such preposition, else the colon. */
  static int speakerEnd(List<Token> toks, int from, int colon) {
    for (int i = from + 1; i < colon - 1; i++) {
      if (PREPOSITIONS.contains(toks.get(i).text().toLowerCase(Locale.ROOT))) return i;
    }
    return colon;
  }
}
