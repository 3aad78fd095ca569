package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Abbreviations that open a name with a stop inside it ("St. Louis County", "Mt. Sinai Hospital", "Dr. Ana Ruiz"):
 * a source read up to the first stop would end at "St". {@link #REGEX} matches one of them and the space after it,
 * or nothing, so it can stand before each word of a name.
 */
final class InnerAbbreviations {
  static final String REGEX = regex();

  private InnerAbbreviations() {}

  private static String regex() {
    List<String> parts = new ArrayList<>();
    for (String a : WordList.linesAsWritten("/dev/newsfacts/lexicon/en/abbreviations-before-names.txt")) {
      if (a.endsWith(".") && a.indexOf('.') == a.length() - 1) parts.add(Pattern.quote(a));
    }
    return "(?:(?:" + String.join("|", parts) + ")[ \\u00A0]+)?";
  }
}
