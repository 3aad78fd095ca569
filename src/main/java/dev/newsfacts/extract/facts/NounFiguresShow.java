package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures credited by a noun that stands for an organisation the story named: "Department figures show …",
 * "Council data showed …", "The ministry's figures show …", "A council report has found …". The organisation is the
 * one the noun stands for ({@link OwnerReference#byNoun}); without one nothing is credited.
 */
final class NounFiguresShow {
  private static final Pattern SUBJECT = Pattern.compile(
      "\\A[ \\u00A0]*(?:(?:[Tt]he|[Aa]|[Aa]n|[Ii]ts|[Ll]atest|[Nn]ew)[ \\u00A0]+)*(?<noun>\\p{L}+)(?:['’]s)?[ \\u00A0]+"
          + "(?:(?:latest|new|own|monthly|weekly|annual|quarterly|provisional|official)[ \\u00A0]+)*"
          + "(?:figures|data|statistics|numbers|report|records|survey|estimates)[ \\u00A0]+"
          + "(?:(?:has|have|had)[ \\u00A0]+)?"
          + "(?:show|shows|showed|shown|suggest|suggests|suggested|found|find|finds|indicate|indicates|indicated|reveal|reveals|revealed)\\b");

  private NounFiguresShow() {}

  /** The organisation crediting the figures of the sentence {@code [from, to)}, or null. */
  static LinkedMention of(String text, int from, int to, EntityIndex entities) {
    Matcher x = SUBJECT.matcher(text).region(from, to);
    if (!x.lookingAt()) return null;
    String noun = x.group("noun");
    if (!OwnerReference.isOrganisationNoun(noun.toLowerCase(java.util.Locale.ROOT))) return null;
    return OwnerReference.byNoun(text, entities, x.start("noun"), noun);
  }
}
