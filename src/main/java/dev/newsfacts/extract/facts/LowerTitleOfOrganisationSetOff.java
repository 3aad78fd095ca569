package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.PersonMention;
import dev.newsfacts.extract.text.WhiteSpace;
import dev.newsfacts.model.RoleFact;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lower-case title of a named organisation set off before the name: "The head of the Lakeshore Builders
 * Association, Ruth Diaz, said", "the president of the Lakeshore Builders Association (LBA), Ruth Diaz", "the chief of staff at the Defence Ministry, Omar Said,", "the head of the university's trauma unit, Professor X". The title is the words
 * before "of/at/for", its last word a role noun; the organisation must be an organisation entity, so "the mother of
 * the Jones boys, Ann Jones" gives nothing.
 */
final class LowerTitleOfOrganisationSetOff {
  private static final Pattern BEFORE_NAME = Pattern.compile(
      "(?<![\\p{L}])(?:[Tt]he|[Aa]n?)[ \\u00A0]+(?<title>(?:[\\p{Ll}-]+[ \\u00A0]+){0,3}[\\p{Ll}-]+)[ \\u00A0]+"
          + "(?:of|at|for)[ \\u00A0]+(?:the[ \\u00A0]+)?"
          + "(?<body>" + SetOffBeforeName.BODY + ")"
          // "the president of the Lakeshore Builders Association (LBA), Ruth Diaz": its acronym in brackets after it
          + "(?:[ \\u00A0]+\\([\\p{Lu}&.-]{2,12}\\))?"
          // "The head of TUM's trauma surgery department, Professor Tobias Brandl": a unit the organisation owns
          + "(?:['’]s(?:[ \\u00A0]+[\\p{Ll}-]+){1,4})?,[ \\u00A0]+"
          + SetOffBeforeName.HONORIFIC_AT_NAME);

  private final String text;
  private final EntityIndex entities;

  LowerTitleOfOrganisationSetOff(String text, EntityIndex entities) {
    this.text = text;
    this.entities = entities;
  }

  /** The title set off before mention {@code m} of {@code person}, or null. */
  RoleFact role(String person, PersonMention m) {
    Matcher x = SetOffBeforeName.find(text, BEFORE_NAME, m);
    if (x == null) return null;
    String title = WhiteSpace.collapse(x.group("title"));
    if (!RoleFinder.isRoleNoun(RoleFinder.headBeforePreposition(title.split(" ")))) return null;
    String org = SetOffBeforeName.organisation(entities, x);
    if (org == null) return null;
    return new RoleFact(null, person, title, org, x.start("title"), m.end(), text.substring(x.start("title"), m.end()));
  }
}
