package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.extract.entities.PersonMention;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.RoleFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A role a linking verb states right after the name: "Alan Grant is the director of the Metro Planning Office",
 * "Paul Young has been president of the Riverside Chamber of Commerce since 2019", "Greg Tanaka, who is the chief
 * economist at Zillow", "Nina Patel, who was appointed Brightline Homes' finance director in 2021". The title is
 * the lower-case words up to a preposition, its last word a role noun; the organisation owns the title or follows
 * it after "of/at/for/with".
 */
final class StatedRole {
  private static final Pattern LEAD = Pattern.compile(
      "\\A(?:,[ \\u00A0]+who)?[ \\u00A0]+(?:was[ \\u00A0]+(?:appointed|named|elected)(?:[ \\u00A0]+as)?"
          // the longer verbs first: "was" alone would stop before "appointed"
          + "|has[ \\u00A0]+been|had[ \\u00A0]+been|serves[ \\u00A0]+as|served[ \\u00A0]+as|is|was)[ \\u00A0]+(?:(?:the|a|an)[ \\u00A0]+)?");
  /** Words that end a title's words without being part of it. */
  private static final Set<String> STOPS = Set.of("of", "at", "for", "with", "in", "since", "and", "or", "from", "on",
      "who", "to", "until", "by", "than", "when", "after", "before", "but", "not");
  private static final int MAX_WORDS = 4;

  private final String text;
  private final EntityIndex entities;

  StatedRole(String text, EntityIndex entities) {
    this.text = text;
    this.entities = entities;
  }

  /** The role stated after mention {@code m} of {@code person}, or null. */
  RoleFact role(String person, PersonMention m) {
    int from = m.end();
    Matcher bracket = RoleFinder.SHORT_BRACKET.matcher(text).region(from, Math.min(text.length(), from + 30));
    if (bracket.lookingAt()) from = bracket.end();
    Matcher lead = LEAD.matcher(text).region(from, Math.min(text.length(), from + 40));
    if (!lead.lookingAt()) return null;
    int at = lead.end();
    String org = null;
    Matcher owned = StatedRolePatterns.OWNER.matcher(text).region(at, Math.min(text.length(), at + 60));
    if (owned.lookingAt()) {
      // "Brightline Homes' finance director": the organisation entity there, else the owner as written
      LinkedMention o = entities.startingAt(at);
      if (o != null && o.entity().type() == EntityType.PERSON) return null;
      org = o != null && o.entity().type() == EntityType.ORGANIZATION ? o.entity().name() : owned.group(1);
      at = owned.end();
    }
    List<String> words = new ArrayList<>();
    int end = at;
    while (words.size() < MAX_WORDS) {
      Matcher w = StatedRolePatterns.WORD.matcher(text).region(end, Math.min(text.length(), end + 40));
      if (!w.lookingAt() || STOPS.contains(w.group(1))) break;
      words.add(w.group(1));
      end = w.end();
      if (end >= text.length() || text.charAt(end) != ' ') break;
      if (STOPS.contains(nextWord(end + 1))) break;
      end++;
    }
    if (words.isEmpty() || !RoleFinder.isRoleNoun(words.get(words.size() - 1))) return null;
    if (org == null) {
      Matcher p = StatedRolePatterns.ORG_PREPOSITION.matcher(text).region(end, Math.min(text.length(), end + 20));
      if (p.lookingAt()) {
        LinkedMention o = entities.startingAt(p.end());
        if (o != null && o.entity().type() == EntityType.ORGANIZATION) org = o.entity().name();
      }
    }
    String title = String.join(" ", words);
    return new RoleFact(null, person, title, org, m.start(), end, text.substring(m.start(), end));
  }

  private String nextWord(int at) {
    int e = at;
    while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
    return text.substring(at, e).toLowerCase(Locale.ROOT);
  }

  /** Compiled on first use: tried only where "is", "was named", "serves as" … follows a name. */
  private static final class StatedRolePatterns {
    static final Pattern OWNER = Pattern.compile(
        "\\A(\\p{Lu}[\\p{L}.&-]*(?:[ \\u00A0]\\p{Lu}[\\p{L}.&-]*){0,4})(?:['’]s|(?<=s)['’])[ \\u00A0]+(?=\\p{Ll})");
    static final Pattern ORG_PREPOSITION = Pattern.compile("\\A[ \\u00A0]+(?:of|at|for|with)[ \\u00A0]+(?:the[ \\u00A0]+)?");
    static final Pattern WORD = Pattern.compile("\\A(\\p{Ll}[\\p{Ll}-]*)(?=[ \\u00A0,.;]|\\z)");
  }
}
