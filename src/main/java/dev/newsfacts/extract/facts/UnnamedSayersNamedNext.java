package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A figure credited to sayers the sentence names only by common nouns, "…, county health officials said." or "…, a
 * council report has found.", whose body the next sentence names: "The Pima County Health Department has
 * confirmed …". News copy leads with the unnamed officials and names their body a sentence later.
 */
final class UnnamedSayersNamedNext {
  private static final Set<String> SAYERS = WordList.set("/dev/newsfacts/lexicon/en/unnamed-sayer-nouns.txt");
  private static final Set<String> VERBS = WordList.set("/dev/newsfacts/lexicon/en/statistic-reporting-words.txt");
  /**
   * At the sentence's start or after a comma: up to three lower-case words, a listed head, "has"/"have" at most, a
   * reporting verb. A capitalised word would name the body ("Pima County officials said").
   */
  private static final Pattern SAYERS_SAID = Pattern.compile(
      "(?:\\A|,[ \\u00A0]+)(?:(?:[Aa]|[Tt]he)[ \\u00A0]+)?(?:\\p{Ll}[\\p{Ll}-]*[ \\u00A0]+){0,3}?(?<head>"
          + String.join("|", SAYERS) + ")[ \\u00A0]+(?:(?:has|have)[ \\u00A0]+)?(?<verb>" + String.join("|", VERBS)
          + ")\\b");

  private UnnamedSayersNamedNext() {}

  /** Whether {@code sentence} credits what it says to sayers given by common nouns alone. */
  static boolean credits(String sentence) {
    return SAYERS_SAID.matcher(sentence).find();
  }
}
