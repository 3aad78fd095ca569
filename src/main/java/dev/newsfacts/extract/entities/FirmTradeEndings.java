package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Harbour Realty", "Meru Tea Brokers", "Kessel Capital": a name of two words or more ending in a firm's trade
 * (firm-trade-endings.txt) is a firm's, also where the person step took its first word for a given name. Only the
 * last word counts: "Denver International Airport" is a place, "Capital" alone no firm.
 */
final class FirmTradeEndings {
  private static final Set<String> ENDINGS = WordList.set("/dev/newsfacts/entities/firm-trade-endings.txt");

  private FirmTradeEndings() {}

  /** Whether the words, of which there are two or more, end in a trade's word and no list calls them a place. */
  static boolean endsFirmName(List<String> words, EntityLexicon lex) {
    if (words.size() < 2) return false;
    String last = words.get(words.size() - 1);
    if (last.length() < 4 || !Character.isUpperCase(last.charAt(0)) || !ENDINGS.contains(last.toLowerCase(Locale.ROOT))) {
      return false;
    }
    String whole = String.join(" ", words);
    return lex.place(whole) == null && !lex.isTown(whole) && !lex.isCountry(String.join(" ", words.subList(0, words.size() - 1)));
  }
}
