package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.Set;

/**
 * "Halvard Pharma Ltd.", "Ostwald Chemie AG": a legal form ending a capitalised run makes it a company's name, even
 * where the run opens a sentence. Matched as written (corporate-suffixes.txt), never lower-cased.
 */
final class CorporateSuffixes {
  private static final Set<String> SUFFIXES = Set.copyOf(WordList.linesAsWritten("/dev/newsfacts/entities/corporate-suffixes.txt"));

  private CorporateSuffixes() {}

  static boolean isSuffix(String word) {
    return SUFFIXES.contains(word);
  }

  /**
   * "Valdora AG", "Ostwald Chemie AG": "AG" ends a company's name only after words that name no place, since "Texas AG"
   * is the state's attorney general.
   */
  static boolean isAktiengesellschaft(String word, String before, EntityLexicon lex) {
    return word.equals("AG") && !before.isEmpty() && lex.place(before) == null && !lex.isTown(before)
        && !lex.isCountry(before) && lex.demonym(before) == null;
  }
}
