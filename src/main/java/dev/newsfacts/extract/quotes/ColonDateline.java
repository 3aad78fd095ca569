package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.meta.DatelineParser;
import dev.newsfacts.extract.people.Person;
import dev.newsfacts.extract.people.PersonIndex;
import dev.newsfacts.model.Dateline;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * "KUALA LUMPUR: Bank Negara Malaysia kept …", "NEW DELHI: India's economy grew …", "PESHAWAR, KP: …": South and
 * Southeast Asian papers open the story with the place in capitals and a colon where wire copy has a dash. Such a
 * run is the article's dateline, or a place the gazetteer knows, and no speaker; "SMITH: We will not …" in a
 * transcript stays one, as does a place name that is the surname of someone the article names ("LEE:").
 *
 * @param knownPlace whether a place name in ordinary case ("Kuala Lumpur") is one the gazetteer knows
 * @param dateline the article's own dateline, or null
 */
record ColonDateline(Predicate<String> knownPlace, Dateline dateline) {
  /** No gazetteer and no dateline: only the shape is known, so nothing is taken for a dateline. */
  static final ColonDateline NONE = new ColonDateline(new NoPlace(), null);

  /**
   * Whether {@code words}, at {@code start} in the text and opening its paragraph before a colon, is a dateline
   * rather than a speaker.
   */
  boolean is(String words, int start, PersonIndex people) {
    if (!Shape.PLACE.matcher(words).matches()) return false;
    if (dateline != null && start >= dateline.start() && start < dateline.end()) return true;
    int comma = words.indexOf(',');
    String place = DatelineParser.place(comma < 0 ? words : words.substring(0, comma));
    return knownPlace.test(place) && !surnameOfSomeone(place, people);
  }

  /** "LEE: We will …" after "Transport Minister Anthony Lee": a town of that name is not what the line means. */
  private static boolean surnameOfSomeone(String place, PersonIndex people) {
    if (people == null || place.indexOf(' ') >= 0) return false;
    String lower = place.toLowerCase(Locale.ROOT);
    for (Person p : people.persons()) {
      for (String w : p.nameWords()) if (w.toLowerCase(Locale.ROOT).equals(lower)) return true;
    }
    return false;
  }

  /**
   * Compiled on first use: only a paragraph opening with words before a colon is tried, which most articles never
   * have.
   */
  private static final class Shape {
    private static final String CAPS = "\\p{Lu}[\\p{Lu}.'’-]*\\p{Lu}\\.?";
    /** Up to four words in capitals, then perhaps ", STATE" ("PESHAWAR, KP", "LAHORE, Punjab"). */
    static final Pattern PLACE = Pattern.compile(CAPS + "(?: " + CAPS + "){0,3}(?:, \\p{Lu}[\\p{L}.]{1,15}(?: \\p{Lu}[\\p{L}.]{1,15})?)?");
  }

  /** Knows no place; a class of the jar, not a lambda, which a cold start would spin at run time. */
  private static final class NoPlace implements Predicate<String> {
    @Override
    public boolean test(String place) {
      return false;
    }
  }
}
