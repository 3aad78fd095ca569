package dev.newsfacts.extract.entities;

/**
 * "The University and College Union (UCU)", "the Swedish Meteorological and Hydrological Institute (SMHI)": where the
 * words found as a name spell only the end of the acronym in brackets after it, the capitalised words just before it,
 * across "and", "of", "for" or "&", are the rest of the name when their initials spell the rest of the acronym.
 */
final class AcronymSpelledNames {
  /** Words read back at most. */
  private static final int MAX_WORDS = 4;

  private AcronymSpelledNames() {}

  /** Where the whole name starts, or -1 when the acronym does not end with the name's initials or no words complete it. */
  static int start(String text, Mention name, String acronym) {
    String have = BracketedAcronyms.initials(name.text());
    if (have.isEmpty() || acronym.length() <= have.length() || !acronym.endsWith(have)) return -1;
    String need = acronym.substring(0, acronym.length() - have.length());
    StringBuilder got = new StringBuilder();
    int pos = name.start();
    for (int n = 0; n < MAX_WORDS; n++) {
      int end = pos;
      while (end > 0 && text.charAt(end - 1) == ' ') end--;
      if (end == pos || end == 0) return -1;
      int begin = end;
      while (begin > 0 && wordChar(text.charAt(begin - 1))) begin--;
      if (begin == end) return -1;
      String w = text.substring(begin, end);
      if (Character.isUpperCase(w.charAt(0))) {
        got.insert(0, w.charAt(0));
        if (!need.endsWith(got.toString())) return -1;
        if (got.length() == need.length()) return begin;
      } else if (!w.equals("and") && !w.equals("of") && !w.equals("for") && !w.equals("&")) {
        return -1;
      }
      pos = begin;
    }
    return -1;
  }

  private static boolean wordChar(char c) {
    return Character.isLetter(c) || c == '-' || c == '&' || c == '\'';
  }
}
