package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "the Egegik District", "the Lake District", "Kiambu District": "District" ends an area's name, a place, unless the
 * word before it names the service a district body provides ("Lubbock Independent School District", "Metro Water
 * District"; district-services.txt) or is itself a body's head word; after a possessive ("the agency's Memphis
 * District", "its Northern District") it is a body's division, an organisation.
 */
final class DistrictsAsPlaces {
  private static final Set<String> SERVICES = WordList.set("/dev/newsfacts/entities/district-services.txt");

  private DistrictsAsPlaces() {}

  /** Whether the words, two to four, end in "District" after a word that names no service. */
  static boolean isPlace(List<String> words, EntityLexicon lex) {
    int n = words.size();
    if (n < 2 || n > 4 || !words.get(n - 1).equals("District")) return false;
    String before = words.get(n - 2);
    return !SERVICES.contains(before.toLowerCase(Locale.ROOT)) && !lex.isOrgHead(before);
  }

  /** Whether the name starting at token {@code a} follows a possessive, its owner's ("the agency's", "its"). */
  static boolean owned(List<Token> toks, int a) {
    if (a == 0 || toks.get(a - 1).sentence() != toks.get(a).sentence()) return false;
    Token before = toks.get(a - 1);
    return CapitalisedRuns.possessive(before) || before.is("its") || before.is("their");
  }
}
