package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.model.Attribution;
import dev.newsfacts.model.EntityType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "Greg Walsh runs the bakery. He expects prices to rise 4% next year.": a figure a pronoun expects, forecasts or
 * estimates is the forecast of the person the text named last before it, in that sentence or the one before.
 */
final class PronounForecaster {
  private PronounForecaster() {}

  /**
   * The person "He expects …" at {@code [from, figureStart)} stands for, named between {@code previousStart} and
   * {@code from}; null when the sentence does not open so or no person is named there.
   */
  static Attribution of(String text, EntityIndex entities, int previousStart, int from, int figureStart) {
    // cheap guard: only a sentence opening with "He" or "She" can match
    if (figureStart - from < 3 || text.charAt(from) != 'H' && text.charAt(from) != 'S') return null;
    if (!OpeningPattern.OPENING.matcher(text).region(from, figureStart).lookingAt()) return null;
    List<LinkedMention> before = entities.within(previousStart, from);
    for (int i = before.size() - 1; i >= 0; i--) {
      LinkedMention m = before.get(i);
      if (m.entity().type() == EntityType.PERSON) return new Attribution(m.entity().name(), m.entity().id());
    }
    return null;
  }

  /** Compiled on first use: tried only where a sentence opening with "H" or "S" has a figure. */
  private static final class OpeningPattern {
    static final Pattern OPENING = Pattern.compile(
        "\\A(?:He|She)[ \\u00A0]+(?:also[ \\u00A0]+|now[ \\u00A0]+)?"
            + "(?:expects|expected|forecasts|forecast|predicts|predicted|estimates|estimated|projects|projected"
            + "|believes|believed|thinks|thought|reckons|reckoned)\\b");
  }
}
