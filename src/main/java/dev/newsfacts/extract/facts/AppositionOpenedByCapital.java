package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.EntityLexicon;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.extract.entities.PersonMention;
import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.RoleFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * An apposition whose role noun follows capitalised words: a party, a people, a place or a body ("Kevin Hale, a
 * Republican strategist", "Anne Ross, the Massachusetts senator", "Ravi Nair, a Canadian economist at the University
 * of Toronto", "Dan Cole, the former U.S. Army psychiatrist", "Ann Berg, a former Conservative MP"). The title is the
 * phrase as written without its article; the organisation is the body or country the capitalised words name, or the
 * one after "at/of/with/for".
 */
final class AppositionOpenedByCapital {
  private static final Set<String> NOT_ROLES = WordList.set("/dev/newsfacts/lexicon/en/description-nouns-not-roles.txt");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  /** Words that end the role words of an apposition; "at", "of", "with" and "for" may open the organisation. */
  private static final Set<String> ENDS = WordList.set("/dev/newsfacts/lexicon/en/apposition-role-ends.txt");
  private static final Set<String> ORG_PREPOSITIONS = Set.of("at", "of", "with", "for");
  private static final int MAX_CAPITALS = 4;
  private static final int MAX_ROLE_WORDS = 3;
  private static final int MAX_WORDS = 12;

  private final String text;
  private final EntityIndex entities;
  private final EntityLexicon lex;

  AppositionOpenedByCapital(String text, EntityIndex entities, EntityLexicon lex) {
    this.text = text;
    this.entities = entities;
    this.lex = lex;
  }

  /** One word of the phrase and where it is. */
  private record Word(String text, int start, int end) {
    boolean capitalised() {
      return Character.isUpperCase(text.charAt(0));
    }

    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }
  }

  /** The role of such an apposition after mention {@code m} of {@code person}, or null. */
  RoleFact role(String person, PersonMention m) {
    int at = m.end();
    if (at < text.length() - 1 && (text.charAt(at) == '(' || text.charAt(at) == ' ' && text.charAt(at + 1) == '(')) {
      Matcher bracket = RoleFinder.SHORT_BRACKET.matcher(text).region(at, Math.min(text.length(), at + 30));
      if (bracket.lookingAt()) at = bracket.end();
    }
    if (at >= text.length() || text.charAt(at) != ',') return null;
    List<Word> words = words(at + 1);
    int k = 0;
    if (k < words.size() && ARTICLES.contains(words.get(k).text())) k++;
    int first = k;
    while (k < words.size() && !words.get(k).capitalised() && RoleFinder.isTitleModifier(words.get(k).text())) k++;
    // a phrase opening in lower case is the plain apposition's; "Cruz" of "Trump, Cruz and Rubio" ends in no role
    if (k >= words.size() || !words.get(k).capitalised()) return null;
    int capitals = k;
    while (k < words.size() && k - capitals < MAX_CAPITALS && words.get(k).capitalised() && !possessive(words.get(k).text())
        && !capitalsRole(words.get(k).text())) {
      k++;
    }
    int roleWords = k;
    // "Republican communications strategist", "Labour MP": lower-case words after the capitals, or one in capitals
    while (k < words.size() && k - roleWords < MAX_ROLE_WORDS && !ENDS.contains(words.get(k).text())
        && (!words.get(k).capitalised() || capitalsRole(words.get(k).text()))) {
      k++;
    }
    if (k == roleWords || roleWords == capitals) return null;
    // "Kevin Bishop, Scott Farmer and …", "Fiorina earned speaking fees": a phrase running on is no apposition
    if (k < words.size() && !ENDS.contains(words.get(k).text())) return null;
    Word last = words.get(k - 1);
    String head = PrefixedRoles.noun(last.lower());
    if (!RoleFinder.isRoleNoun(head) || NOT_ROLES.contains(head) || RoleFinder.isNotRole(head)) return null;
    int titleStart = words.get(ARTICLES.contains(words.get(0).text()) ? 1 : 0).start();
    int titleEnd = words.get(k - 1).end();
    String org = ownerAmong(words.get(capitals).start(), words.get(roleWords - 1).end());
    if (k < words.size() && ORG_PREPOSITIONS.contains(words.get(k).text())) {
      String after = organisationAfter(words.get(k).end());
      if (after != null) org = after;
    }
    return new RoleFact(null, person, text.substring(titleStart, titleEnd), org, m.start(), titleEnd,
        text.substring(m.start(), titleEnd));
  }

  /** Up to {@link #MAX_WORDS} words after {@code from}, stopping at punctuation that ends the phrase. */
  private List<Word> words(int from) {
    List<Word> out = new ArrayList<>();
    int i = from;
    while (out.size() < MAX_WORDS) {
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) i++;
      int s = i;
      while (i < text.length() && !ends(text.charAt(i)) && text.charAt(i) != ' ' && text.charAt(i) != '\u00A0') i++;
      if (i == s) break;
      int e = i;
      // "U.S." keeps its stops; a stop after any other word ends the phrase
      boolean stop = text.charAt(e - 1) == '.' && !abbreviation(text.substring(s, e));
      if (stop) e--;
      if (e > s) out.add(new Word(text.substring(s, e), s, e));
      if (stop || i >= text.length() || ends(text.charAt(i))) break;
    }
    return out;
  }

  private static boolean ends(char c) {
    return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '“' || c == '”' || c == '\n';
  }

  /** "U.S.", "U.K.": single letters each with its stop. */
  private static boolean abbreviation(String w) {
    if (w.length() < 4) return false;
    for (int k = 0; k < w.length(); k++) {
      if ((k % 2 == 0) != Character.isLetter(w.charAt(k))) return false;
    }
    return true;
  }

  /** A role word written in capitals ("MP", "CEO", "MSP"): a short word of capital letters only. */
  private static boolean capitalsRole(String w) {
    if (w.length() < 2 || w.length() > 5) return false;
    for (int k = 0; k < w.length(); k++) if (!Character.isUpperCase(w.charAt(k))) return false;
    return RoleFinder.isRoleNoun(w);
  }

  private static boolean possessive(String w) {
    return w.endsWith("'s") || w.endsWith("’s") || w.endsWith("'") || w.endsWith("’");
  }

  /** The body, or a people's country, among the capitalised words; null for a party adjective no list knows. */
  private String ownerAmong(int from, int to) {
    String org = null;
    for (LinkedMention o : entities.within(from, to)) {
      EntityType t = o.entity().type();
      if (t == EntityType.ORGANIZATION || t == EntityType.LOCATION) org = o.entity().name();
      else if (t == EntityType.NORP) {
        String country = lex.demonym(o.text());
        if (country != null && !country.isEmpty()) org = country;
      }
    }
    return org;
  }

  /** The organisation named right after "at/of/with/for" [the] at {@code from}, or null. */
  private String organisationAfter(int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == ' ') i++;
    if (text.startsWith("the ", i)) i += 4;
    LinkedMention o = entities.startingAt(i);
    return o != null && o.entity().type() == EntityType.ORGANIZATION ? o.entity().name() : null;
  }
}
