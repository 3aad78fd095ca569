package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.EntityLexicon;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.extract.entities.PersonMention;
import dev.newsfacts.extract.text.WhiteSpace;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.RoleFact;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lower-case title run into the name after the organisation's name, when the person step took no title there:
 * "Brightline Homes spokesman Greg Hall", "Deccan Biologicals managing director Asha Rao". The organisation is
 * the entity there, else the capitalised words as written; one word must be an acronym or an organisation's head
 * word, so "Former spokesman Greg Hall" names none.
 */
final class OrganisationTitleBefore {
  private static final Pattern BEFORE_NAME = Pattern.compile(
      "(?<![\\p{L}.&'’-])(?:(?:The|the)[ \\u00A0]+)?(?<org>\\p{Lu}[\\p{L}.&-]*(?:[ \\u00A0]+\\p{Lu}[\\p{L}.&-]*){0,3})[ \\u00A0]+"
          + "(?<title>(?:[\\p{Ll}-]+[ \\u00A0]+){0,2}[\\p{Ll}-]+)[ \\u00A0]+\\z");

  private final String text;
  private final EntityIndex entities;
  private final EntityLexicon lex;

  OrganisationTitleBefore(String text, EntityIndex entities, EntityLexicon lex) {
    this.text = text;
    this.entities = entities;
    this.lex = lex;
  }

  /** The title and organisation before mention {@code m} of {@code person}, or null. */
  RoleFact role(String person, PersonMention m) {
    if (!m.title().isEmpty()) return null;
    int from = Math.max(0, m.start() - 80);
    if (!WordsBeforeName.capitalisedWordThenLowerWords(text, from, m.start())) return null;
    Matcher x = BEFORE_NAME.matcher(text).region(from, m.start());
    if (!x.find()) return null;
    String title = WhiteSpace.collapse(x.group("title"));
    String[] words = title.split(" ");
    if (!RoleFinder.isRoleNoun(words[words.length - 1])) return null;
    String org = organisation(x.start("org"), x.end("org"), WhiteSpace.collapse(x.group("org")));
    if (org == null) return null;
    return new RoleFact(null, person, title, org, x.start("org"), m.end(), text.substring(x.start("org"), m.end()));
  }

  private String organisation(int start, int end, String written) {
    for (LinkedMention o : entities.within(start, end)) {
      if (o.entity().type() == EntityType.ORGANIZATION) return o.entity().name();
      if (o.entity().type() == EntityType.PERSON) return null;
    }
    String place = lex.place(written);
    if (place != null && !place.isEmpty()) return null;
    String[] words = written.split(" ");
    String last = words[words.length - 1];
    if (words.length == 1 && !isAcronym(last) && !lex.isOrgHead(last)) return null;
    if (words.length > 1 && !lex.isOrgHead(last) && !isAcronym(last) && !lex.isOrgHead(words[0])) {
      // "Brightline Homes": a name of two or more capitalised words not known as a person's
      for (EntityIndex.PersonWithMentions p : entities.people()) {
        if (p.entity().name().endsWith(" " + last)) return null;
      }
    }
    return written;
  }

  private static boolean isAcronym(String w) {
    return w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '&');
  }
}
