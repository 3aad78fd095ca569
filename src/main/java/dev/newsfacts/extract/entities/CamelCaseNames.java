package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.Set;

/**
 * "CoreLogic", "PayPal", "BlackRock": one word with a capital inside it, after lower-case letters, is a brand's
 * way of writing a company's name. Surnames written so ("McCarthy", "DeSantis", "LeBlanc") open with a prefix
 * of camel-surname-prefixes.txt and are left to the person rules.
 */
final class CamelCaseNames {
  private static final Set<String> SURNAME_PREFIXES = WordList.set("/dev/newsfacts/entities/camel-surname-prefixes.txt");

  private CamelCaseNames() {}

  /** Whether a word is written as a company's CamelCase name. */
  static boolean isCompanyStyle(String w) {
    if (w.length() < 5 || !Character.isUpperCase(w.charAt(0)) || !Character.isLowerCase(w.charAt(1))) return false;
    for (int k = 2; k < w.length(); k++) {
      char c = w.charAt(k);
      if (!Character.isLetter(c)) return false;
      // a second capital after at least two lower-case letters, with a lower-case letter after it: "CoreLogic"
      if (Character.isUpperCase(c)) {
        return k >= 3 && k + 1 < w.length() && Character.isLowerCase(w.charAt(k + 1))
            && !SURNAME_PREFIXES.contains(w.substring(0, k).toLowerCase(java.util.Locale.ROOT)) && allLetters(w);
      }
    }
    return false;
  }

  private static boolean allLetters(String w) {
    for (int k = 0; k < w.length(); k++) if (!Character.isLetter(w.charAt(k))) return false;
    return true;
  }
}
