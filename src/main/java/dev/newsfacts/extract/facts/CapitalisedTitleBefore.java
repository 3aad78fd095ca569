package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.EntityLexicon;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.extract.entities.PersonMention;
import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.text.WhiteSpace;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.RoleFact;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A capitalised office run into the name that the person step left without a title: "EU Agriculture Commissioner
 * Christophe Hansen". The title is the capitalised words ending in a title word; an organisation, a place or a
 * nationality named at their start owns it. The last word may be a hyphenated office ("Deputy Prosecutor-General").
 */
final class CapitalisedTitleBefore {
  private static final Pattern BEFORE_NAME = Pattern.compile(
      "(?<![\\p{L}.'’-])(?<words>(?:\\p{Lu}[\\p{L}-]*[ \\u00A0]+){0,3})(?<head>\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)[ \\u00A0]+\\z");
  /** Capitalised words and "of" or "for" before a title's first words: "Board of" of "Board of Education President". */
  private static final Pattern BODY_OF = Pattern.compile(
      "(?<![\\p{L}.'’-])(?:\\p{Lu}[\\p{L}-]*[ \\u00A0]+){1,3}(?:of|for)[ \\u00A0]+\\z");
  /** Capitalised words that open a sentence or clause, not a title. */
  private static final Set<String> OPENERS = Set.of("the", "a", "an", "then", "but", "and", "when", "as", "after",
      "before", "while", "if", "in", "on", "at", "by", "for", "with", "from", "to", "said", "says");

  private final String text;
  private final EntityIndex entities;
  private final EntityLexicon lex;

  CapitalisedTitleBefore(String text, EntityIndex entities, EntityLexicon lex) {
    this.text = text;
    this.entities = entities;
    this.lex = lex;
  }

  /** A title word, or a hyphenated office with one in it ("Prosecutor-General", "Vice-Chancellor"). */
  private static boolean isTitle(String head) {
    if (Titles.isTitleWord(head.toLowerCase(Locale.ROOT))) return true;
    int hyphen = head.indexOf('-');
    return hyphen > 0 && (Titles.isTitleWord(head.substring(0, hyphen).toLowerCase(Locale.ROOT))
        || Titles.isTitleWord(head.substring(hyphen + 1).toLowerCase(Locale.ROOT)));
  }

  /** The role the capitalised words before the name give, or null. */
  RoleFact role(String person, PersonMention m) {
    int from = Math.max(0, m.start() - 60);
    // cheap guard: the word before the name must start with a capital
    int w = m.start() - 1;
    while (w > from && Character.isWhitespace(text.charAt(w))) w--;
    while (w > from && Character.isLetter(text.charAt(w - 1))) w--;
    if (w <= from || !Character.isUpperCase(text.charAt(w))) return null;
    Matcher x = BEFORE_NAME.matcher(text).region(from, m.start());
    x.useTransparentBounds(true);
    if (!x.find()) return null;
    String head = x.group("head");
    if (!isTitle(head) || Titles.isHonorific(head)) return null;
    int start = x.start("words") >= 0 && !x.group("words").isEmpty() ? x.start("words") : x.start("head");
    String org = null;
    for (LinkedMention o : entities.within(start, x.start("head"))) {
      if (o.entity().type() == EntityType.PERSON) return null;
      if (o.start() != start) continue;
      org = o.entity().type() == EntityType.NORP ? lex.demonym(o.text()) : o.entity().name();
      start = o.end();
      while (start < x.start("head") && Character.isWhitespace(text.charAt(start))) start++;
    }
    // "Board of Education President Luis Ortega": a body named with "of" that no entity holds owns the title
    if (org == null && x.group("words") != null && !x.group("words").isEmpty()) {
      Matcher body = BODY_OF.matcher(text).region(Math.max(0, x.start("words") - 40), x.start("words"));
      body.useTransparentBounds(true);
      if (body.find()) {
        org = WhiteSpace.collapse(text.substring(body.start(), x.start("head")).strip());
        return new RoleFact(null, person, head, org, body.start(), m.end(), text.substring(body.start(), m.end()));
      }
    }
    // "The Commissioner", "Then Commissioner": the words from the last opener on
    String[] words = WhiteSpace.spaceWords(text.substring(start, x.start("head")).strip());
    for (String word : words) {
      if (OPENERS.contains(word.toLowerCase(Locale.ROOT))) return null;
    }
    // a lone title word is the person step's call; this rule reads the longer offices it leaves
    if (start >= x.start("head")) return null;
    String title = WhiteSpace.collapse(text.substring(start, x.end("head")));
    int roleStart = org != null ? x.start("words") : start;
    return new RoleFact(null, person, title, org == null || org.isEmpty() ? null : org, roleStart, m.end(),
        text.substring(roleStart, m.end()));
  }
}
