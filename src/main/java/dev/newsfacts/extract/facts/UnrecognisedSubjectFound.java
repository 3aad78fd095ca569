package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.LinkedMention;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Surfers Against Sewage calculated that it amounted to less than 30p": a sentence opening with a name of two or more
 * capitalised words no entity was recognised for, then a verb of finding, gives that name as the figures' source.
 */
final class UnrecognisedSubjectFound {
  private static final Pattern NAME_FOUND = Pattern.compile(
      "\\A(?!(?:On|In|At|But|And|Last|This|Since|After|Before|When|While|The|A|An|So|Yet|Meanwhile)\\b)"
          + "(?<name>\\p{Lu}[\\p{L}&'’-]+(?:[ \\u00A0]+(?:of|for|and|\\p{Lu}[\\p{L}&'’-]+)){1,5})[ \\u00A0]+"
          + "(?:calculated|estimated|found|reported|concluded|worked[ \\u00A0]+out)[ \\u00A0]+that\\b");

  private UnrecognisedSubjectFound() {}

  /** The name opening {@code [from, to)} as its finder, when no mention covers it; or null. */
  static String of(String text, int from, int to, List<LinkedMention> mentions) {
    Matcher x = NAME_FOUND.matcher(text).region(from, to);
    if (!x.lookingAt()) return null;
    for (LinkedMention m : mentions) {
      if (m.start() < x.end("name") && x.start("name") < m.end()) return null;
    }
    return x.group("name");
  }
}
