package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.Locale;
import java.util.Set;

/**
 * "co-president", "vice-chair", "ex-director": a role noun with a prefix joined by a hyphen is still that role, so
 * the word lists are asked about the noun after the hyphen.
 */
final class PrefixedRoles {
  private static final Set<String> PREFIXES = WordList.set("/dev/newsfacts/lexicon/en/role-prefixes.txt");

  private PrefixedRoles() {}

  /** The noun after a role prefix and its hyphen ("president" of "Co-President"), else the word as given. */
  static String noun(String word) {
    int hyphen = word.indexOf('-');
    if (hyphen <= 0 || hyphen == word.length() - 1) return word;
    return PREFIXES.contains(word.substring(0, hyphen).toLowerCase(Locale.ROOT)) ? word.substring(hyphen + 1) : word;
  }
}
