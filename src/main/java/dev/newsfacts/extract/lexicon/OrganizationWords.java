package dev.newsfacts.extract.lexicon;

import java.util.Locale;
import java.util.Set;

/** Words that end or open the name of an organisation or a place, so a capitalised run is not taken for a person. */
public final class OrganizationWords {
  private static final Set<String> HEADS = WordList.set("/dev/newsfacts/lexicon/en/non-person-name-heads.txt");

  private OrganizationWords() {}

  public static boolean isHead(String w) {
    return HEADS.contains(w.toLowerCase(Locale.ROOT));
  }
}
