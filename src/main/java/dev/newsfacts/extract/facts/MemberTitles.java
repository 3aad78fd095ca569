package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.EntityLexicon;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.extract.entities.PersonMention;
import dev.newsfacts.extract.text.WhiteSpace;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.RoleFact;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Council member Dan Strauss", "School Board member Ana Ruiz", "Assembly Member Lee": a body's name and
 * "member" before a name are a role. The title is the body's words and "member"; the organisation is the
 * one the article names whose name ends with the body's head word ("Seattle City Council"), when there is one.
 */
final class MemberTitles {
  private static final Pattern MEMBER_BEFORE = Pattern.compile(
      "(?<![\\p{L}.])(?<body>\\p{Lu}\\p{L}+(?:[ \\u00A0]\\p{Lu}\\p{L}+){0,2})[ \\u00A0]+[Mm]ember[ \\u00A0]+\\z");

  private final String text;
  private final EntityIndex entities;
  private final EntityLexicon lex;

  MemberTitles(String text, EntityIndex entities, EntityLexicon lex) {
    this.text = text;
    this.entities = entities;
    this.lex = lex;
  }

  /** The member role before this mention of the person, or null. */
  RoleFact before(String person, PersonMention m) {
    int from = Math.max(0, m.start() - 60);
    // the pattern ends in "member" and spaces at the name, which most names lack: skip it there
    if (!WordsBeforeName.memberThenSpaces(text, from, m.start())) return null;
    Matcher x = MEMBER_BEFORE.matcher(text).region(from, m.start());
    if (!x.find()) return null;
    String[] body = WhiteSpace.spaceWords(x.group("body"));
    // only a body's own word ends the run: "Tuesday member" or a person's name before "member" is no role
    int first = body.length - 1;
    if (!lex.isOrgHead(body[first])) return null;
    while (first > 0 && (lex.isOrgHead(body[first - 1]) || "City".equals(body[first - 1]) || "School".equals(body[first - 1]))) first--;
    String bodyWords = String.join(" ", Arrays.copyOfRange(body, first, body.length));
    int start = x.start("body") + x.group("body").indexOf(body[first]);
    String title = bodyWords + " member";
    return new RoleFact(null, person, title, organisation(body[body.length - 1]), start, m.end(),
        text.substring(start, m.end()));
  }

  /** The organisation the article names whose name ends with the head word, or null. */
  private String organisation(String head) {
    String h = head.toLowerCase(Locale.ROOT);
    List<LinkedMention> all = entities.within(0, text.length());
    for (LinkedMention o : all) {
      if (o.entity().type() != EntityType.ORGANIZATION) continue;
      String name = o.entity().name().toLowerCase(Locale.ROOT);
      if (name.endsWith(" " + h)) return o.entity().name();
    }
    return null;
  }
}
