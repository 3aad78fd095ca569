package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Fiji Airports said", "Indian Railways", "Marriott Hotels": a name of two to four words ending in the plural of a
 * facility (operator-plurals.txt) is the operator's, a firm or an agency, even after a country's name; the singular
 * ("Nadi International Airport") stays a place's.
 */
final class OperatorPlurals {
  private static final Set<String> PLURALS = WordList.set("/dev/newsfacts/entities/operator-plurals.txt");

  private OperatorPlurals() {}

  /** Whether the words end in such a plural and no list names the whole a place. */
  static boolean namesOperator(List<String> words, EntityLexicon lex) {
    if (words.size() < 2 || words.size() > 4) return false;
    String last = words.get(words.size() - 1);
    if (!Character.isUpperCase(last.charAt(0)) || !PLURALS.contains(last.toLowerCase(Locale.ROOT))) return false;
    String whole = String.join(" ", words);
    return lex.place(whole) == null && !lex.isTown(whole) && lex.organization(whole) == null;
  }
}
