package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.lexicon.Titles;

/**
 * "President and CEO Dana Lind", "chairman and chief executive Tom Reed": the name step starts the title at the
 * second office; the first, joined by "and", is the person's too.
 */
final class TitlesJoinedByAnd {
  /** How many words the first office may have ("chief operating officer"). */
  private static final int MAX_WORDS = 3;

  private TitlesJoinedByAnd() {}

  /** Where the title that the name step starts at {@code titleStart} starts with an office joined by "and". */
  static int start(String text, int titleStart) {
    int b = back(text, titleStart);
    if (b < 4 || !text.startsWith("and", b - 3) || b - 3 > 0 && Character.isLetter(text.charAt(b - 4))) return titleStart;
    int at = b - 3;
    int start = titleStart;
    for (int n = 0; n < MAX_WORDS; n++) {
      int e = back(text, at);
      int a = e;
      while (a > 0 && (Character.isLetter(text.charAt(a - 1)) || text.charAt(a - 1) == '-')) a--;
      if (a == e) break;
      String w = text.substring(a, e);
      // the word before "and" is an office ("President"), the ones before it offices or modifiers ("senior vice")
      boolean fits = Titles.isTitleWord(w) && !Titles.isHonorific(w) || n > 0 && RoleFinder.isTitleModifier(w);
      // "the senator and Governor Tim Walz": two people's offices differ in case; one person's are written alike
      if (n == 0 && Character.isUpperCase(w.charAt(0)) != Character.isUpperCase(text.charAt(titleStart))) break;
      if (!fits) break;
      start = a;
      at = a;
    }
    return start;
  }

  /** The end of the text before {@code i} without the spaces (not line breaks) right before it. */
  private static int back(String text, int i) {
    while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00A0')) i--;
    return i;
  }
}
