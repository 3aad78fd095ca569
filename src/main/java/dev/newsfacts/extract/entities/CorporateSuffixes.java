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
}
