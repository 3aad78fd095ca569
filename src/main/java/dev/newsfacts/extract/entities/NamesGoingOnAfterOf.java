package dev.newsfacts.extract.entities;

import java.util.regex.Pattern;

/**
 * "National Academy of Sciences", "Simon Communities of Ireland": an organisation's name whose head word is followed
 * by "of", "for" or "on" and a capitalised word goes on across the connector. The person step may have read the head
 * with a capitalised word before it as a title and a surname ("National" "Academy"); that reading must not cut the
 * name short, so the capitalised-run rules read it whole instead.
 */
final class NamesGoingOnAfterOf {
  private static final Pattern GOES_ON = Pattern.compile("^ (?:of|for|on) (?:the )?\\p{Lu}");

  private NamesGoingOnAfterOf() {}

  /** Whether the name ending at {@code end} of {@code text} goes on with a connector and a capitalised word. */
  static boolean goesOn(String text, int end) {
    return GOES_ON.matcher(text.substring(end, Math.min(text.length(), end + 12))).find();
  }

  /**
   * "Simon Communities" of "Simon Communities of Ireland", "Energy Regulator" of "National Energy Regulator of South
   * Africa": a "person" whose name ends in an organisation's head word, every mention of whom goes on with a connector,
   * is the start of an organisation's name.
   */
  static boolean startsOrganisation(String text, PersonEntry p, EntityLexicon lex) {
    String[] words = p.name.split(" ");
    if (p.mentions.isEmpty() || !lex.isOrgHead(words[words.length - 1]) || lex.isWeakOrgHead(words[words.length - 1])) {
      return false;
    }
    for (PersonMention m : p.mentions) if (!goesOn(text, m.end())) return false;
    return true;
  }
}
