package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.EntityLexicon;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.extract.text.WhiteSpace;
import dev.newsfacts.model.EntityType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The owner of a title written before a name when the entity step did not name it: "Northwind Energy's chief
 * executive Laura Finch" gives Northwind Energy as written. A person there ("Trump's chief of staff", "Biden's
 * spokeswoman") owns no organisation; a place gives its country or city as the lexicon names it.
 */
final class UnlinkedOwnerBeforeTitle {
  private static final Pattern OWNER = Pattern.compile(
      "(?<![\\p{L}.&'’-])(?:(?:The|the)[ \\u00A0]+)?(?<owner>\\p{Lu}[\\p{L}.&-]*(?:[ \\u00A0]+\\p{Lu}[\\p{L}.&-]*){0,3})['’]s[ \\u00A0]+\\z");

  private final String text;
  private final EntityIndex entities;
  private final EntityLexicon lex;

  UnlinkedOwnerBeforeTitle(String text, EntityIndex entities, EntityLexicon lex) {
    this.text = text;
    this.entities = entities;
    this.lex = lex;
  }

  /** The organisation owning the title that starts at {@code titleStart}, or null. */
  String owner(int titleStart) {
    Matcher x = OWNER.matcher(text).region(Math.max(0, titleStart - 60), titleStart);
    if (!x.find()) return null;
    for (LinkedMention o : entities.within(x.start("owner"), x.end("owner"))) {
      if (o.entity().type() == EntityType.PERSON) return null;
    }
    String owner = WhiteSpace.collapse(x.group("owner"));
    String place = lex.place(owner);
    if (place != null && !place.isEmpty()) return place;
    String[] words = owner.split(" ");
    String last = words[words.length - 1];
    // "Biden's spokeswoman": a surname the entity step missed is no organisation, so one word must be an acronym or
    // an organisation's head word, and no person in the text may bear the owner's last word
    if (words.length == 1 && !isAcronym(last) && !lex.isOrgHead(last)) return null;
    for (EntityIndex.PersonWithMentions p : entities.people()) {
      if (p.entity().name().endsWith(" " + last) || p.entity().name().equals(last)) return null;
    }
    return owner;
  }

  private static boolean isAcronym(String w) {
    return w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '&');
  }
}
