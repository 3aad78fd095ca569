package dev.newsfacts.extract.people;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the words before a name are a title that says someone holds a role: not when they end with a word that
 * only says whose or where a role is ("the Essex County Clerk's office", "the state English test", "the U.S. Drought
 * Monitor"), nor when such a word goes on with "of" ("the Department of Climate Change"), which is a body's name.
 */
final class TitleQualifiers {
  private static final Set<String> QUALIFIERS = WordList.set("/dev/newsfacts/lexicon/en/title-qualifiers.txt");

  private TitleQualifiers() {}

  /** Whether {@code title} (words before the name, or "") names a role. */
  static boolean namesRole(String title) {
    if (title.isEmpty()) return false;
    String[] w = title.split(" ");
    // "Secretary of State", "Minister of Foreign Affairs": a portfolio after a role's "of" ends the title
    for (int k = 0; k + 1 < w.length; k++) {
      if (w[k + 1].equals("of") || w[k + 1].equals("for")) return !QUALIFIERS.contains(w[k].toLowerCase(Locale.ROOT));
    }
    return !QUALIFIERS.contains(w[w.length - 1].toLowerCase(Locale.ROOT));
  }
}
