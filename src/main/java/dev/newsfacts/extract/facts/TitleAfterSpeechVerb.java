package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.PersonMention;
import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.text.WhiteSpace;
import dev.newsfacts.model.RoleFact;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title of several lower-case words between a speech verb and the name: "said fire information officer Jasmine
 * Kaur", "according to county health director Mia Ortiz". The speech verb closes the title on the left, so every
 * word between it and the name belongs to it; the last word must be a title or role noun.
 */
final class TitleAfterSpeechVerb {
  /** The verbs that close a title on its left; "according" is followed by "to". */
  private static final List<String> CLOSERS = List.of("said", "says", "told", "added", "explained", "wrote", "according");
  private static final Pattern BEFORE_NAME = Pattern.compile(
      "(?<![\\p{L}'’])(?:" + String.join("|", CLOSERS).replace("according", "according[ \\u00A0]+to") + ")[ \\u00A0]+"
          + "(?<title>(?:[\\p{Ll}-]+[ \\u00A0]+){1,3}(?<noun>\\p{Ll}[\\p{Ll}-]+))[ \\u00A0]+\\z");

  private final String text;

  TitleAfterSpeechVerb(String text) {
    this.text = text;
  }

  /** The role the words before the name give, or null. */
  RoleFact role(String person, PersonMention m) {
    int from = Math.max(0, m.start() - 70);
    // most names have no speech verb in the few words before them: look for one before the pattern
    String window = text.substring(from, m.start());
    if (!containsAny(window, CLOSERS)) return null;
    Matcher x = BEFORE_NAME.matcher(text).region(from, m.start());
    if (!x.find()) return null;
    String title = WhiteSpace.collapse(x.group("title"));
    if (FunctionWordPattern.FUNCTION_WORD.matcher(title).find()) return null;
    String noun = x.group("noun");
    if (!Titles.isTitleWord(noun) && !RoleFinder.isRoleNoun(noun)) return null;
    int start = x.start("title");
    return new RoleFact(null, person, title, null, start, m.end(), text.substring(start, m.end()));
  }

  private static boolean containsAny(String window, List<String> words) {
    for (String w : words) if (window.contains(w)) return true;
    return false;
  }

  /** Compiled on first use: tried only on a title found after a speech verb. */
  private static final class FunctionWordPattern {
    /** Words that start a noun phrase or a clause, not a title: "said the chief ...", "told his director ...". */
    static final Pattern FUNCTION_WORD = Pattern.compile(
        "(?<!\\p{L})(?:the|a|an|his|her|their|its|our|that|this|to|in|on|at|by|and|or|but|it|he|she|they|we)\\b");
  }
}
