package dev.newsfacts.extract.entities;

import java.util.function.IntPredicate;

/**
 * Finds a word sequence written as a whole word: not glued to a letter (or a digit) on either side. A plain
 * search, because the sequence changes with every name and compiling a pattern for each cost more than the
 * search itself.
 */
final class WholeWords {
  /** Letters join words: "Lee" is not in "Leeds". */
  static final IntPredicate LETTER = Character::isLetter;
  /** Letters and numbers join words: "Smith" is not in "Smith2". */
  static final IntPredicate LETTER_OR_NUMBER = cp -> Character.isLetter(cp) || isNumber(cp);

  private WholeWords() {}

  /** Start of the first whole-word occurrence of {@code word} at or after {@code from}, or -1. */
  static int find(String text, String word, int from, IntPredicate joins) {
    if (word.isEmpty()) return -1;
    for (int i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) {
      int end = i + word.length();
      boolean freeBefore = i == 0 || !joins.test(text.codePointBefore(i));
      boolean freeAfter = end >= text.length() || !joins.test(text.codePointAt(end));
      if (freeBefore && freeAfter) return i;
    }
    return -1;
  }

  private static boolean isNumber(int cp) {
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }
}
