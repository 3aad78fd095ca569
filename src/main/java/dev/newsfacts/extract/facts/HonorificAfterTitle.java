package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.lexicon.WordList;
import java.util.Locale;
import java.util.Set;

/**
 * "Vice-Chancellor Professor Helen Marsh", "Chief Executive Dr Amy Lee": the honorific between the office and the
 * name is the person's, not part of the office.
 */
final class HonorificAfterTitle {
  private static final Set<String> ACADEMIC = WordList.set("/dev/newsfacts/lexicon/en/academic-honorifics.txt");

  private HonorificAfterTitle() {}

  /** {@code title} without the honorifics that end it, when a title word stays before them. */
  static String strip(String title) {
    String out = title;
    for (int space = out.lastIndexOf(' '); space > 0 && isHonorific(out.substring(space + 1)); space = out.lastIndexOf(' ')) {
      out = out.substring(0, space).stripTrailing();
    }
    return out;
  }

  private static boolean isHonorific(String w) {
    return Titles.isHonorific(w) || ACADEMIC.contains(w.toLowerCase(Locale.ROOT));
  }
}
