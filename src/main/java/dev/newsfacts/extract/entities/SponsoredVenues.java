package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Queensland Country Bank Stadium", "Citizens Bank Park", "Allied Insurance Group Arena": a ground named for its
 * sponsor holds the sponsor's head word ("Bank", "Group"), but the venue's word at the end makes the whole one place's
 * name (venue-heads.txt), not a body and a stray word after it.
 */
final class SponsoredVenues {
  private static final Set<String> VENUES = WordList.set("/dev/newsfacts/entities/venue-heads.txt");

  private SponsoredVenues() {}

  /** Whether the words, three or more, end in a venue's word with an organisation's head word before it. */
  static boolean isVenue(List<String> words, EntityLexicon lex) {
    int n = words.size();
    if (n < 3 || !VENUES.contains(words.get(n - 1).toLowerCase(Locale.ROOT))) return false;
    for (int k = 1; k < n - 1; k++) {
      if (lex.isOrgHead(words.get(k)) && !lex.isWeakOrgHead(words.get(k))) return true;
    }
    return false;
  }
}
