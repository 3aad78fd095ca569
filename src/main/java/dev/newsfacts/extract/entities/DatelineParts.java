package dev.newsfacts.extract.entities;

import dev.newsfacts.model.Dateline;
import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * What a dateline names besides its city: the state or country after it ("FRESNO, Calif.") and a
 * news agency the lists know ("(Reuters)", "(AP)") or one abbreviation alone in the brackets ("DHAKA, Aug 4 (BSS)"):
 * national agencies are many and go by their letters. Other credits the lists do not know stay out: a
 * syndication line such as "APP - UrduPoint / Pakistan Point News" is no organisation of the story.
 */
final class DatelineParts {
  private DatelineParts() {}

  static List<Mention> find(String text, Dateline d, EntityLexicon lex) {
    List<Mention> out = new ArrayList<>();
    String loc = d.location();
    int comma = loc == null ? -1 : loc.indexOf(',');
    if (comma > 0) {
      String region = loc.substring(comma + 1).strip();
      String place = lex.place(region);
      int at = wordAt(text, region, d.start());
      if (place != null && at >= 0 && at + region.length() <= d.end()) {
        out.add(new Mention(at, at + region.length(), region, EntityType.LOCATION, place, region));
      }
    }
    String agency = d.agency();
    String listed = agency == null ? null : lex.organization(agency);
    if (agency != null && (listed != null || agencyLetters(agency, lex))) {
      int at = wordAt(text, agency, d.start());
      if (at >= 0 && at + agency.length() <= d.end()) {
        out.add(new Mention(at, at + agency.length(), agency, EntityType.ORGANIZATION, listed != null ? listed : agency, agency));
      }
    }
    return out;
  }

  /** "BSS", "KNA": capitals alone in a dateline's brackets, no place and no plain abbreviation ("(UTC)"). */
  static boolean agencyLetters(String agency, EntityLexicon lex) {
    return !agency.contains(".") && CapitalisedRuns.isAcronym(agency) && lex.place(agency) == null
        && lex.demonym(agency) == null && !lex.isPlainAcronym(agency);
  }

  /** Where the words stand alone from {@code from} on, or -1: "AP" of "MINNEAPOLIS (AP)" is not the one in the city. */
  private static int wordAt(String text, String words, int from) {
    for (int at = text.indexOf(words, from); at >= 0; at = text.indexOf(words, at + 1)) {
      int end = at + words.length();
      boolean alone = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
          && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
      if (alone) return at;
    }
    return -1;
  }
}
