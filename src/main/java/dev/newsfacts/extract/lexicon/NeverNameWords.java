package dev.newsfacts.extract.lexicon;

import java.util.Locale;
import java.util.Set;

/**
 * Capitalised words that open sentences or clauses but never start a name ("The", "However", "After"), read once
 * for the entity step's capitalised runs and the quote step's speaker names.
 */
public final class NeverNameWords {
  private static final Set<String> WORDS = WordList.set("/dev/newsfacts/entities/function-words-not-names.txt");

  private NeverNameWords() {}

  /** Whether {@code word}, in any case, is one of them. */
  public static boolean contains(String word) {
    return WORDS.contains(word.toLowerCase(Locale.ROOT));
  }
}
