package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bare figure a verb gives to its object with "at": "Officials put the death toll at 42", "Police estimated the crowd
 * at 20,000", "the board pegged the minimum cut-off mark for universities at 150". The object is what it counts.
 */
final class ObjectPutAt {
  private static final Set<String> VERBS = WordList.set("/dev/newsfacts/lexicon/en/put-at-verbs.txt");
  /** The verb, a determiner, the object's words (no clause break), then "at" right before the figure. */
  private static final Pattern PUT_AT = Pattern.compile(
      "\\b(?<verb>\\p{L}+)[ \\u00A0]+(?:the|its|their|his|her|a|an)[ \\u00A0]+"
          + "(?<object>[\\p{L}'’-]+(?:[ \\u00A0]+[\\p{L}'’-]+){0,6}?)[ \\u00A0]+at[ \\u00A0]+\\z");
  /** Enough for a verb, a determiner and an object of seven words. */
  private static final int REACH = 90;

  private ObjectPutAt() {}

  /** What the bare figure at {@code figureStart} counts, the object given it with "at", or null. */
  static String unit(String text, int figureStart) {
    if (figureStart < 4 || !text.startsWith("at ", figureStart - 3)) return null;
    Matcher x = PUT_AT.matcher(text).region(Math.max(0, figureStart - REACH), figureStart);
    while (x.find()) {
      if (VERBS.contains(x.group("verb").toLowerCase(Locale.ROOT))) return x.group("object");
      // a later verb may still open the phrase: "officials on Tuesday put the toll at"
      x.region(x.start("object"), figureStart);
    }
    return null;
  }
}
