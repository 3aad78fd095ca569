package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.Locale;
import java.util.Set;

/**
 * "According to the report, food inflation slowed to 12.87 per cent": a study named by its common noun alone, with no
 * owner, is the one the story credited just before, and its source is that study's.
 */
final class BareStudySource {
  private static final Set<String> NOUNS = WordList.set("/dev/newsfacts/lexicon/en/bare-study-nouns.txt");

  private BareStudySource() {}

  /** Whether a source as written is only a study's common noun ("report", "the survey", "the latest figures"). */
  static boolean pointsBack(String written) {
    String w = written.toLowerCase(Locale.ROOT).strip();
    for (String lead : new String[] {"the ", "this ", "that ", "these ", "latest ", "new "}) {
      if (w.startsWith(lead)) w = w.substring(lead.length()).strip();
    }
    return NOUNS.contains(w);
  }
}
