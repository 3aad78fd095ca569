package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.extract.entities.PersonMention;
import dev.newsfacts.model.EntityType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search the set-off title rules share ("The Registrar of JAMB, Prof. X", "The head of the Lakeshore Builders
 * Association, Ruth Diaz"): a pattern with groups "title" and "body", anchored at the name, matched over the text
 * just before a person's mention, and the organisation the body names.
 */
final class SetOffBeforeName {
  /** How far before the name the title may start. */
  private static final int REACH = 110;

  /**
   * The honorific that may stand between the comma and the name ("The Registrar of JAMB, Prof. X"), anchored at the
   * name: one alternation for every set-off rule, so that a courtesy title one rule knows the others know too.
   */
  static final String HONORIFIC_AT_NAME =
      "(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Rev|Sir|Dame|Engr|Chief|Hon)\\.?[ \\u00A0]+)?\\z";

  /**
   * The name of the body a set-off title belongs to: capitalised words and the small words inside a name, a plural
   * word with its apostrophe among them ("the Ghana Cocoa Farmers' Association").
   */
  static final String BODY = "\\p{Lu}[\\p{L}&-]*(?:(?<=s)['’])?(?:[ \\u00A0]+(?:of|and|for|the|\\p{Lu}[\\p{L}&-]*(?:(?<=s)['’])?)){0,6}";

  /** How every set-off pattern ends: the comma, spaces and an honorific, at the name. */
  private static final Pattern COMMA_AT_NAME = Pattern.compile(",[ \\u00A0]+" + HONORIFIC_AT_NAME);

  private SetOffBeforeName() {}

  /** The match of {@code beforeName} ending at mention {@code m}, or null. */
  static Matcher find(String text, Pattern beforeName, PersonMention m) {
    // most names have no comma right before them (or before their honorific, "Professor " the longest): skip the pattern there
    int comma = text.lastIndexOf(',', m.start());
    if (comma < 0 || m.start() - comma > 12) return null;
    // the pattern ends in that comma, spaces and an honorific: test its end alone before trying it at every start
    if (!COMMA_AT_NAME.matcher(text).region(comma, m.start()).matches()) return null;
    Matcher x = beforeName.matcher(text).region(Math.max(0, m.start() - REACH), m.start());
    return x.find() ? x : null;
  }

  /** The first organisation entity named within the match's "body" group, or null. */
  static String organisation(EntityIndex entities, Matcher x) {
    for (LinkedMention o : entities.within(x.start("body"), x.end("body"))) {
      if (o.entity().type() == EntityType.ORGANIZATION) return o.entity().name();
    }
    return null;
  }
}
