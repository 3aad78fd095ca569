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
 * A role whose holder is named at the start of the next sentence, with an age: "A former senior accountant at the
 * Northwind Corporation was jailed on Monday. Jane Roe, 52, admitted …", the court-report lead of wire copy. The
 * sentence before must open with "A/An" and a title whose last word is a role noun, then "at/of/with/for" and an
 * organisation; the age after the name is what ties the two.
 */
final class RoleNamedNextSentence {
  /** ", 52," right after the name. */
  private static final Pattern AGE_AFTER = Pattern.compile("\\A,[ \\u00A0]+\\d{1,3},");
  /** "A former senior accountant at the " opening the sentence before, after its dateline if any. */
  private static final Pattern LEAD = Pattern.compile(
      // a dateline may open the sentence: "DENVER (AP) — A former …"
      "\\A(?:[^.!?\\n]{0,60}?[ \\u00A0][—–-]{1,2}[ \\u00A0]+)?(?:An?)[ \\u00A0]+(?<title>(?:[\\p{Ll}-]+[ \\u00A0]+){0,3}?[\\p{Ll}-]+)[ \\u00A0]+(?:at|of|with|for)[ \\u00A0]+(?:the[ \\u00A0]+)?");
  private static final int REACH = 300;

  private final String text;
  private final EntityIndex entities;

  RoleNamedNextSentence(String text, EntityIndex entities) {
    this.text = text;
    this.entities = entities;
  }

  /** The role of the sentence before mention {@code m} when it opens its sentence with an age after it, or null. */
  RoleFact role(String person, PersonMention m) {
    // most names are not followed by an age: test that first
    if (!AGE_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 8)).lookingAt()) return null;
    int i = m.start();
    while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00A0')) i--;
    if (i == 0 || ".!?".indexOf(text.charAt(i - 1)) < 0) return null;
    int end = i - 1;
    int start = sentenceStart(end);
    if (start < 0) return null;
    Matcher x = LEAD.matcher(text).region(start, end);
    if (!x.lookingAt()) return null;
    String title = WhiteSpace.collapse(x.group("title"));
    if (!RoleFinder.isRoleNoun(title.substring(title.lastIndexOf(' ') + 1))) return null;
    LinkedMention o = entities.startingAt(x.end());
    if (o == null || o.entity().type() != EntityType.ORGANIZATION) return null;
    // "A former accountant at X" is a role; the word "former" stays in the title as written
    return new RoleFact(null, person, title, o.entity().name(), x.start("title"), m.end(), text.substring(x.start("title"), m.end()));
  }

  /** Where the sentence ending at {@code end} starts (after the previous full stop or line break), or -1 past reach. */
  private int sentenceStart(int end) {
    int from = Math.max(0, end - REACH);
    for (int j = end - 1; j >= from; j--) {
      char c = text.charAt(j);
      if (c == '\n' || (".!?".indexOf(c) >= 0 && j + 1 < text.length() && Character.isWhitespace(text.charAt(j + 1)))) {
        int s = j + 1;
        while (s < end && Character.isWhitespace(text.charAt(s))) s++;
        return s;
      }
    }
    return from == 0 ? 0 : -1;
  }
}
