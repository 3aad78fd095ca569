package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.extract.entities.PersonMention;
import dev.newsfacts.extract.text.WhiteSpace;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.RoleFact;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lower-case title after an article, set off before the name: "A Hapag-Lloyd spokeswoman, Katrin Voss, said",
 * "a trader, Mrs. Ada Eze, said", "The club's" aside (that is the owner rule's). A capitalised organisation may stand
 * between the article and the title and owns it; the title's last word must be a role noun.
 */
final class ArticleTitleSetOff {
  private static final Pattern BEFORE_NAME = Pattern.compile(
      "(?<![\\p{L}'’])(?:[Tt]he|[Aa]n?)[ \\u00A0]+"
          + "(?:(?<body>\\p{Lu}[\\p{L}&.-]*(?:[ \\u00A0]+\\p{Lu}[\\p{L}&.-]*){0,3})[ \\u00A0]+)?"
          + "(?<title>(?:[\\p{Ll}-]+[ \\u00A0]+){0,2}[\\p{Ll}-]+),[ \\u00A0]+"
          + SetOffBeforeName.HONORIFIC_AT_NAME);

  private final String text;
  private final EntityIndex entities;

  ArticleTitleSetOff(String text, EntityIndex entities) {
    this.text = text;
    this.entities = entities;
  }

  /** The title set off before mention {@code m} of {@code person}, or null. */
  RoleFact role(String person, PersonMention m) {
    Matcher x = SetOffBeforeName.find(text, BEFORE_NAME, m);
    if (x == null) return null;
    String title = WhiteSpace.collapse(x.group("title"));
    String head = title.substring(title.lastIndexOf(' ') + 1);
    if (!RoleFinder.isRoleNoun(head) || RoleFinder.isNotRole(head)) return null;
    String org = null;
    int start = x.start("title");
    if (x.group("body") != null) {
      LinkedMention o = entities.startingAt(x.start("body"));
      // "A Reuters photographer", "a Lagos trader"; a person's name is no employer
      if (o != null && (o.end() != x.end("body") || o.entity().type() == EntityType.PERSON)) return null;
      if (o != null && o.entity().type() == EntityType.ORGANIZATION) org = o.entity().name();
      // an employer no list knows is still the one the text gives ("A Hapag-Lloyd spokeswoman")
      if (o == null) org = x.group("body");
    }
    return new RoleFact(null, person, title, org, start, m.end(), text.substring(start, m.end()));
  }
}
