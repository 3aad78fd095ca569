package dev.newsfacts.extract.facts;

/**
 * "Vice-Chancellor Professor Helen Marsh": the tokens split a hyphened title, and the name step starts the title at
 * "Chancellor". The capitalised half glued before the hyphen opens the title.
 */
final class HyphenedTitleOpening {
  private HyphenedTitleOpening() {}

  /** Where the title that the name step starts at {@code titleStart} really starts. */
  static int start(String text, int titleStart) {
    if (titleStart < 3 || text.charAt(titleStart - 1) != '-') return titleStart;
    int a = titleStart - 1;
    while (a > 0 && Character.isLetter(text.charAt(a - 1))) a--;
    // "then-President": a lower-case half qualifies the title without being part of the office
    return a == titleStart - 1 || !Character.isUpperCase(text.charAt(a)) ? titleStart : a;
  }
}
